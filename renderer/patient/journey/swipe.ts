/** Which way a swipe turns the page. */
export type SwipeIntent = 'next' | 'previous';

/** A drag shorter than this is a tap or a wobble, not a swipe (CSS px). */
export const SWIPE_MIN_DISTANCE = 80;

/**
 * Reads a finished horizontal drag as "next" or "previous", or null for no swipe.
 * Pure so the rules (distance, mostly-sideways, mirrored for right-to-left) are unit-tested.
 */
export function swipeIntent(dx: number, dy: number, dir: 'ltr' | 'rtl'): SwipeIntent | null {
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE) return null;
  // Mostly vertical movement is scrolling the page, not turning it.
  if (Math.abs(dy) > Math.abs(dx)) return null;
  // Pulling the page leftwards brings in the next one in left-to-right reading; the opposite in right-to-left.
  const towardsReadingStart = dir === 'ltr' ? dx < 0 : dx > 0;
  return towardsReadingStart ? 'next' : 'previous';
}
