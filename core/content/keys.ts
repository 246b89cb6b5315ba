/**
 * Where each piece of text lives in a locale's content.json. Screens call these
 * instead of building keys by hand, so the layout of the file is decided here
 * only. Every key is for i18next's `content` namespace:
 * `t(blockTextKey(page.id, block), { ns: CONTENT_NAMESPACE })`.
 */
import { ILLUSTRATION_IDS, type IllustrationId } from '../illustrationIds';
import type { Block, ContentStructure, ListBlock, ReviewStatus } from './schema';
import { REVIEW_STATUSES } from './schema';

export const CONTENT_NAMESPACE = 'content';

/** Blocks whose words sit directly under `pages.<pageId>.<blockId>`. */
export type SingleStringBlock = Exclude<Block, { type: 'list' } | { type: 'illustration' }>;

export const topicTitleKey = (topicId: string): string => `topics.${topicId}.title`;
export const topicSummaryKey = (topicId: string): string => `topics.${topicId}.summary`;

export const blockTextKey = (pageId: string, block: SingleStringBlock): string => `pages.${pageId}.${block.id}`;
export const listItemKey = (pageId: string, list: ListBlock, itemId: string): string =>
  `pages.${pageId}.${list.id}.${itemId}`;

export const illustrationCaptionKey = (id: IllustrationId): string => `illustrations.${id}.caption`;
export const illustrationAltKey = (id: IllustrationId): string => `illustrations.${id}.alt`;

export const questionPromptKey = (questionId: string): string => `questions.${questionId}.prompt`;
export const choiceLabelKey = (questionId: string, choiceId: string): string =>
  `questions.${questionId}.choices.${choiceId}.label`;
export const choiceFeedbackKey = (questionId: string, choiceId: string): string =>
  `questions.${questionId}.choices.${choiceId}.feedback`;

export const keyMessageKey = (id: string): string => `keyMessages.${id}`;
export const suggestedQuestionKey = (id: string): string => `suggestedQuestions.${id}`;
export const sourceTitleKey = (sourceId: string): string => `sources.${sourceId}`;

/** The About page's fixed texts. `reviewDate` must keep the `{{date}}` placeholder. */
export const ABOUT_TEXT_IDS = [
  'title',
  'intro',
  'notAdvice',
  'privacy',
  'sourcesHeading',
  'sourcesNote',
  'reviewDate',
  'statusLabel',
  'reviewHeading',
  'reviewNote',
] as const;
export type AboutTextId = (typeof ABOUT_TEXT_IDS)[number];
export const aboutKey = (id: AboutTextId): string => `about.${id}`;
export const reviewStatusKey = (status: ReviewStatus): string => `about.status.${status}`;

/** Placeholders a translation must keep, by key; i18next fills them at run time. */
export const REQUIRED_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  [aboutKey('reviewDate')]: ['{{date}}'],
};

/** Every key one block needs (illustrations need none here: their words belong to the illustration). */
export function blockKeys(pageId: string, block: Block): string[] {
  switch (block.type) {
    case 'list':
      return block.items.map((itemId) => listItemKey(pageId, block, itemId));
    case 'illustration':
      return [];
    default:
      return [blockTextKey(pageId, block)];
  }
}

/**
 * Every key a locale's content.json must provide for this structure, in a
 * stable order. Translators can diff their file against this list.
 */
export function requiredContentKeys(structure: ContentStructure): string[] {
  const keys: string[] = [];
  for (const page of structure.shortPath) {
    for (const block of page.blocks) keys.push(...blockKeys(page.id, block));
  }
  for (const topic of structure.topics) {
    keys.push(topicTitleKey(topic.id), topicSummaryKey(topic.id));
    for (const page of topic.pages) {
      for (const block of page.blocks) keys.push(...blockKeys(page.id, block));
    }
  }
  for (const question of structure.questions) {
    keys.push(questionPromptKey(question.id));
    for (const choice of question.choices) {
      keys.push(choiceLabelKey(question.id, choice.id), choiceFeedbackKey(question.id, choice.id));
    }
  }
  for (const { id } of structure.keyMessages) keys.push(keyMessageKey(id));
  for (const id of structure.suggestedQuestions) keys.push(suggestedQuestionKey(id));
  for (const id of ILLUSTRATION_IDS) keys.push(illustrationCaptionKey(id), illustrationAltKey(id));
  for (const source of structure.sources) keys.push(sourceTitleKey(source.id));
  for (const id of ABOUT_TEXT_IDS) keys.push(aboutKey(id));
  for (const status of REVIEW_STATUSES) keys.push(reviewStatusKey(status));
  return keys;
}
