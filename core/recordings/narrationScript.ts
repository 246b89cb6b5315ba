/**
 * What a voice talent reads for each content page: the same words, in the same
 * order, that the kiosk's synthesised voice reads from the screen (see
 * renderer/speech/readableBlocks.ts): the topic line, the heading, the words
 * (paragraphs, list items, notes, key points), then the picture captions.
 * "Step 2 of 4" is not part of a recording: it depends on the patient's path.
 */
import { blockTextKey, illustrationCaptionKey, listItemKey, topicTitleKey } from '../content/keys';
import type { Block, ContentStructure, Page } from '../content/schema';
import { CONTENT } from '../content/structure';
import { expectedFileName } from './naming';

/** Looks a string up in the language being scripted: `ui` or `content` namespace, with placeholders. */
export type Translate = (namespace: 'ui' | 'content', key: string, values?: Record<string, string | number>) => string;

export interface NarrationPage {
  /** 1-based position in the script (short path, then each topic): record in this order. */
  order: number;
  topicId: string;
  topicTitle: string;
  pageId: string;
  fileName: string;
  /** One entry per block the kiosk reads, in reading order. */
  blocks: string[];
}

function blockTexts(pageId: string, block: Block, translate: Translate): string[] {
  switch (block.type) {
    case 'list':
      return block.items.map((item) => translate('content', listItemKey(pageId, block, item)));
    case 'illustration':
      return [];
    default:
      return [translate('content', blockTextKey(pageId, block))];
  }
}

/** The line above the heading, as the page shows it: the tier badge (safety-net pages), then where the page sits. */
function topicLine(page: Page, where: string, translate: Translate): string {
  const badge = page.tier && page.tier !== 'all' ? translate('ui', `journey.page.tier.${page.tier}`) : '';
  return [badge, where].filter((text) => text !== '').join(' ');
}

function narrationBlocks(page: Page, line: string, translate: Translate): string[] {
  const heading = page.blocks.find((block) => block.type === 'heading');
  const words = page.blocks.filter((block) => block.type !== 'illustration' && block !== heading);
  const captions = page.blocks.flatMap((block) =>
    block.type === 'illustration' ? [translate('content', illustrationCaptionKey(block.illustration))] : [],
  );
  return [
    line,
    ...(heading ? blockTexts(page.id, heading, translate) : []),
    ...words.flatMap((block) => blockTexts(page.id, block, translate)),
    ...captions,
  ]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
}

/** Every page a patient can open, once: the short path first (its order), then each topic's pages. */
export function narrationScript(
  language: string,
  translate: Translate,
  structure: ContentStructure = CONTENT,
): NarrationPage[] {
  const pages: NarrationPage[] = [];
  const add = (topicId: string, page: Page, where: (topicTitle: string) => string) => {
    const topicTitle = translate('content', topicTitleKey(topicId));
    pages.push({
      order: pages.length + 1,
      topicId,
      topicTitle,
      pageId: page.id,
      fileName: expectedFileName(language, page.id),
      blocks: narrationBlocks(page, topicLine(page, where(topicTitle), translate), translate),
    });
  };
  // On the short path the line above the heading is the topic's title alone.
  for (const page of structure.shortPath) add(page.learnMore, page, (title) => title);
  structure.topics.forEach((topic, topicIndex) => {
    const where = (title: string) =>
      translate('ui', 'journey.page.topicOf', { index: topicIndex + 1, count: structure.topics.length, title });
    for (const page of topic.pages) add(topic.id, page, where);
  });
  return pages;
}
