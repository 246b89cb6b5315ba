/**
 * Input that proves someone is at the kiosk. Listened for on window in the
 * capture phase, so input inside dialogs, during swipes and on elements that
 * stop propagation is still seen.
 *
 * Not `scroll`: every scroll a person makes starts with one of these (a touch,
 * a wheel turn, a key), while the page also scrolls by itself (a new page
 * returns to its top, the warning's button is scrolled into view). Counting
 * those kept a deserted kiosk awake and dismissed the warning as it opened.
 */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel'] as const;

/** pointermove fires dozens of times a second while a finger drags; one report a second is plenty. */
const MOVE_THROTTLE_MS = 1_000;

/** Calls `onActivity` for every input that proves someone is there; returns a remover. */
export function installActivityListeners(target: Window, onActivity: (event: Event) => void): () => void {
  let lastMoveAt = Number.NEGATIVE_INFINITY;
  const listener = (event: Event) => {
    if (event.type === 'pointermove') {
      // Only a finger, pen or held button moving (a swipe or drag) counts. A hovering
      // mouse does not: Chromium also sends synthetic moves whenever the layout
      // under a resting cursor changes, which would keep a deserted kiosk awake.
      if (event instanceof PointerEvent && event.buttons === 0) return;
      const now = Date.now();
      if (now - lastMoveAt < MOVE_THROTTLE_MS) return;
      lastMoveAt = now;
    }
    onActivity(event);
  };
  // Not passive: the driver may cancel a key press that only dismissed the warning.
  const options: AddEventListenerOptions = { capture: true, passive: false };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, listener, options);
  return () => {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, listener, options);
  };
}
