/**
 * Pure look-ups the screens use to move through the content. Each takes the
 * structure as an argument (defaulting to the shipped one) so tests can pass
 * their own.
 */
import type { IllustrationId } from '../illustrationIds';
import type { ContentStructure, Page, Question, Topic } from './schema';
import { CONTENT } from './structure';

export interface PageRef {
  /** The topic the page belongs to; for a short-path page, the topic its "Learn more" opens. */
  readonly topicId: string;
  readonly pageId: string;
}

/** The "Start here" path: one key page per topic, in order. */
export function guidedPath(structure: ContentStructure = CONTENT): PageRef[] {
  return structure.shortPath.map((page) => ({ topicId: page.learnMore, pageId: page.id }));
}

/** Every page of one topic, in order. */
export function topicPages(topicId: string, structure: ContentStructure = CONTENT): PageRef[] {
  return topicById(topicId, structure)?.pages.map((page) => ({ topicId, pageId: page.id })) ?? [];
}

/** Every page there is: the short path first, then each topic's pages. */
export function allPages(structure: ContentStructure = CONTENT): Page[] {
  return [...structure.shortPath, ...structure.topics.flatMap((topic) => topic.pages)];
}

export function topicById(id: string, structure: ContentStructure = CONTENT): Topic | undefined {
  return structure.topics.find((topic) => topic.id === id);
}

export function pageById(id: string, structure: ContentStructure = CONTENT): Page | undefined {
  return allPages(structure).find((page) => page.id === id);
}

/** The topic a topic page belongs to (short-path pages belong to none). */
export function topicOfPage(pageId: string, structure: ContentStructure = CONTENT): Topic | undefined {
  return structure.topics.find((topic) => topic.pages.some((page) => page.id === pageId));
}

/** Where "Need help now?" goes: the emergency page and its topic. */
export function emergencyPageRef(structure: ContentStructure = CONTENT): PageRef | undefined {
  const topic = topicOfPage(structure.emergencyPage, structure);
  return topic ? { topicId: topic.id, pageId: structure.emergencyPage } : undefined;
}

/** The sources a page cites: every source of its claims, once each, in order of first mention. */
export function pageSources(page: Page): string[] {
  return [...new Set(page.claims.flatMap((claim) => claim.sources))];
}

export function questionById(id: string, structure: ContentStructure = CONTENT): Question | undefined {
  return structure.questions.find((question) => question.id === id);
}

/** The questions asked after one topic, in order; unknown ids are skipped so a screen never breaks. */
export function topicQuestions(topic: Topic, structure: ContentStructure = CONTENT): Question[] {
  return topic.questions.flatMap((id) => questionById(id, structure) ?? []);
}

/** The questions asked at the end of the short path. */
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
