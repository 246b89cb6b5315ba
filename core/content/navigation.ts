/**
 * Pure look-ups the screens use to move through the content. Each takes the
 * structure as an argument (defaulting to the shipped one) so tests can pass
 * their own.
 */
import type { IllustrationId } from '../illustrationIds';
import type { ContentStructure, Page, Question, Topic } from './schema';
import { CONTENT } from './structure';

export interface PageRef {
  readonly topicId: string;
  readonly pageId: string;
}

/** Every page of every topic, in order: the "Start here" path. */
export function guidedPath(structure: ContentStructure = CONTENT): PageRef[] {
  return structure.topics.flatMap((topic) => topic.pages.map((page) => ({ topicId: topic.id, pageId: page.id })));
}

export function topicById(id: string, structure: ContentStructure = CONTENT): Topic | undefined {
  return structure.topics.find((topic) => topic.id === id);
}

export function pageById(id: string, structure: ContentStructure = CONTENT): Page | undefined {
  for (const topic of structure.topics) {
    const page = topic.pages.find((candidate) => candidate.id === id);
    if (page) return page;
  }
  return undefined;
}

export function questionById(id: string, structure: ContentStructure = CONTENT): Question | undefined {
  return structure.questions.find((question) => question.id === id);
}

/** The questions asked after one topic, in order; unknown ids are skipped so a screen never breaks. */
export function topicQuestions(topic: Topic, structure: ContentStructure = CONTENT): Question[] {
  return topic.questions.flatMap((id) => questionById(id, structure) ?? []);
}

/** The questions asked at the end of the guided path. */
export function guidedCheckQuestions(structure: ContentStructure = CONTENT): Question[] {
  return structure.guidedCheck.flatMap((id) => questionById(id, structure) ?? []);
}

/** The page's one picture (the validator guarantees there is exactly one). */
export function pageIllustration(page: Page): IllustrationId | undefined {
  for (const block of page.blocks) if (block.type === 'illustration') return block.illustration;
  return undefined;
}

export function isCorrectChoice(question: Question, choiceId: string): boolean {
  return question.choices.some((choice) => choice.id === choiceId && choice.correct);
}
