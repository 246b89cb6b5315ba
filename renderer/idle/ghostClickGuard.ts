/** How long a press that dismissed the warning may last before its click no longer counts as part of it. */
const MAX_PRESS_MS = 5_000;
/** A click follows its pointerup at once; a later click is a new tap and must work. */
const CLICK_AFTER_UP_MS = 300;

/**
 * When a tap dismisses the warning, the warning closes on pointerdown; the click
 * that follows would land on whatever sits underneath (say, "Next") and act on
 * it. This swallows that one click, so dismissing the warning does nothing else.
 * `arm()` when a press dismisses the warning; `dispose()` removes the listeners.
 */
export function createGhostClickGuard(target: Window): { arm(): void; dispose(): void } {
  let armedUntil = 0;
  const onPointerUp = () => {
    if (armedUntil > 0) armedUntil = Math.min(armedUntil, Date.now() + CLICK_AFTER_UP_MS);
  };
  const onClick = (event: Event) => {
    if (Date.now() > armedUntil) return;
    armedUntil = 0;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  target.addEventListener('pointerup', onPointerUp, { capture: true });
  target.addEventListener('click', onClick, { capture: true });
  return {
    arm: () => {
      armedUntil = Date.now() + MAX_PRESS_MS;
    },
    dispose: () => {
      target.removeEventListener('pointerup', onPointerUp, { capture: true });
      target.removeEventListener('click', onClick, { capture: true });
    },
  };
}
