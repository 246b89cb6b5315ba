import type { KeyboardEvent } from 'react';

const FORWARD = new Set(['ArrowDown', 'ArrowRight']);
const BACKWARD = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * onKeyDown for a group of buttons (answers, pickers, size buttons): arrow keys
 * move focus to the next or previous enabled button, wrapping, as on a tactile
 * keypad. Left/Right follow reading direction in right-to-left languages.
 */
export function focusByArrowKeys(event: KeyboardEvent<HTMLElement>): void {
  if (!FORWARD.has(event.key) && !BACKWARD.has(event.key)) return;
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not([disabled])')].filter(
    (b) => b.offsetParent !== null,
  );
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0 || buttons.length < 2) return;
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  let forward = FORWARD.has(event.key);
  if (horizontal && rtl) forward = !forward;
  event.preventDefault();
  buttons[(at + (forward ? 1 : -1) + buttons.length) % buttons.length]?.focus();
}
