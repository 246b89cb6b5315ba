/**
 * Which pages can be shown at all. A page whose English words are missing would
 * be a blank or half-empty screen, so the journey leaves it out (English is the
 * fallback for every language, so English decides). Pure, for unit tests.
 */
import { allPages, blockKeys, type ContentStructure } from '../../../core/content';
import { isStringTree, valueAt } from '../../../core/content/stringTree';

function hasText(strings: unknown, key: string): boolean {
  if (!isStringTree(strings)) return false;
  const value = valueAt(strings, key);
  return typeof value === 'string' && value.trim().length > 0;
}

/** Ids of pages with no heading block or with any of their words missing or empty in `strings`. */
export function incompletePageIds(structure: ContentStructure, strings: unknown): string[] {
  return allPages(structure)
    .filter((page) => {
      const hasHeading = page.blocks.some((block) => block.type === 'heading');
      const keys = page.blocks.flatMap((block) => blockKeys(page.id, block));
      return !hasHeading || !keys.every((key) => hasText(strings, key));
    })
    .map((page) => page.id);
}
