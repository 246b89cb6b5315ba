/**
 * Tiny constructors that keep structure.ts readable. Block ids are local to
 * their page, so the same short ids ('h', 'text', 'list'…) repeat on every page
 * and translators always find a page's heading at `pages.<pageId>.h`.
 */
import type { IllustrationId } from '../illustrationIds';
import type {
  CalloutBlock,
  Claim,
  CalloutTone,
  HeadingBlock,
  IllustrationBlock,
  KeyPointBlock,
  ListBlock,
  TextBlock,
} from './schema';

export const heading = (id = 'h'): HeadingBlock => ({ type: 'heading', id });
export const text = (id = 'text'): TextBlock => ({ type: 'text', id });
export const list = (items: string[], id = 'list'): ListBlock => ({ type: 'list', id, items });
export const callout = (tone: CalloutTone, id = 'callout'): CalloutBlock => ({ type: 'callout', id, tone });
export const keyPoint = (id = 'key'): KeyPointBlock => ({ type: 'keyPoint', id });
export const picture = (illustration: IllustrationId): IllustrationBlock => ({ type: 'illustration', illustration });

/** A claim the cited sources state. */
export const claim = (id: string, statement: string, sources: string[]): Claim => ({
  id,
  statement,
  sources,
  status: 'sourced',
});

/** Safety-net advice: cites what it can, and always awaits a clinician's review. */
export const safetyNetClaim = (id: string, statement: string, sources: string[]): Claim => ({
  id,
  statement,
  sources,
  status: 'safety-net',
});
