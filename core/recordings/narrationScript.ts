/**
 * What a voice talent reads for each content page: the same words, in the same
 * order, that the kiosk's synthesised voice reads from the screen (see
 * renderer/speech/readableBlocks.ts): the topic line, the heading, the words
 * (paragraphs, list items, notes, key points), then the picture captions.
 * "Step 2 of 4" is not part of a recording: it depends on the patient's path.
 */
import { blockTextKey, illustrationCaptionKey, listItemKey, topicTitleKey } from '../content/keys';
import type { Block, ContentStructure } from '../content/schema';
import { CONTENT } from '../content/structure';
import { expectedFileName } from './naming';

/** Looks a string up in the language being scripted: `ui` or `content` namespace, with placeholders. */
export type Translate = (namespace: 'ui' | 'content', key: string, values?: Record<string, string | number>) => string;

export interface NarrationPage {
  /** 1-based position in the guided path: record in this order. */
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

export function narrationScript(
  language: string,
  translate: Translate,
  structure: ContentStructure = CONTENT,
): NarrationPage[] {
  const pages: NarrationPage[] = [];
  structure.topics.forEach((topic, topicIndex) => {
    const topicTitle = translate('content', topicTitleKey(topic.id));
    const topicLine = translate('ui', 'journey.page.topicOf', {
      index: topicIndex + 1,
      count: structure.topics.length,
      title: topicTitle,
    });
    for (const page of topic.pages) {
      const heading = page.blocks.find((block) => block.type === 'heading');
      const words = page.blocks.filter((block) => block.type !== 'illustration' && block !== heading);
      const captions = page.blocks.flatMap((block) =>
        block.type === 'illustration' ? [translate('content', illustrationCaptionKey(block.illustration))] : [],
      );
      const blocks = [
        topicLine,
        ...(heading ? blockTexts(page.id, heading, translate) : []),
        ...words.flatMap((block) => blockTexts(page.id, block, translate)),
        ...captions,
      ].map((text) => text.replace(/\s+/g, ' ').trim());
      pages.push({
        order: pages.length + 1,
        topicId: topic.id,
        topicTitle,
        pageId: page.id,
        fileName: expectedFileName(language, page.id),
        blocks: blocks.filter((text) => text !== ''),
      });
    }
  });
  return pages;
}
