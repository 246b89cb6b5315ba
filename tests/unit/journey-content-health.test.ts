import { describe, expect, it } from 'vitest';
import { CONTENT, allPages } from '../../core/content';
import enContent from '../../locales/en/content.json';
import { incompletePageIds } from '../../renderer/patient/content/contentHealth';

/** A deep copy with one key removed (or blanked), as a careless edit would leave it. */
function without(pageId: string, blockId: string, blank = false): unknown {
  const copy = structuredClone(enContent) as { pages: Record<string, Record<string, unknown>> };
  const page = copy.pages[pageId];
  if (!page) throw new Error(`no page ${pageId}`);
  if (blank) page[blockId] = '  ';
  else page[blockId] = undefined;
  return copy;
}

describe('which pages the journey can show', () => {
  it('every page of the shipped English content is complete', () => {
    expect(incompletePageIds(CONTENT, enContent)).toEqual([]);
  });

  it('a page missing its text, or with a blank heading, is left out, and only that page', () => {
    expect(incompletePageIds(CONTENT, without('b12-what', 'text'))).toEqual(['b12-what']);
    expect(incompletePageIds(CONTENT, without('food-older', 'h', true))).toEqual(['food-older']);
  });

  it('a page missing one list item is left out', () => {
    const copy = structuredClone(enContent) as { pages: Record<string, { list?: Record<string, unknown> }> };
    const list = copy.pages['help-same-day']?.list;
    if (!list) throw new Error('help-same-day has no list');
    list.fall = undefined;
    expect(incompletePageIds(CONTENT, copy)).toEqual(['help-same-day']);
  });

  it('strings that are not an object at all leave every page out rather than crash', () => {
    expect(incompletePageIds(CONTENT, null).length).toBe(allPages().length);
  });
});
