import { useIdle } from './idleStore';

// What other features call. Input on the screen is noticed automatically; these
// are for activity the listeners cannot see (e.g. the kiosk reading aloud).

/** Open holds by token, with the reason each was taken. */
const openHolds = new Map<symbol, string>();

/** Counts as patient activity, exactly like a tap. */
export function reportActivity(): void {
  useIdle.getState().send({ type: 'activity', at: Date.now() });
}

/**
 * Keeps the kiosk from warning or resetting until release() is called, e.g. for
 * the whole of a narration. release() is safe to call more than once, and a hold
 * from a session that has since been reset releases nothing.
 */
export function holdIdle(reason: string): () => void {
  const token = Symbol(reason);
  openHolds.set(token, reason);
  useIdle.getState().send({ type: 'hold', at: Date.now() });
  return () => {
    if (!openHolds.delete(token)) return;
    useIdle.getState().send({ type: 'release', at: Date.now() });
  };
}

/** Reasons currently holding the idle timer (diagnostics and tests). */
export function openHoldReasons(): string[] {
  return [...openHolds.values()];
}

/**
 * Called by endSession(): holds of the last session are void (its speech was
 * cancelled), and the machine starts a fresh quiet spell.
 */
export function sessionEnded(): void {
  openHolds.clear();
  useIdle.getState().send({ type: 'reset-done', at: Date.now() });
}
