// The staff-mode touch gesture, as pure state: hold the top-left corner for 3 s,
// then tap the bottom-right corner within 5 s of letting go. A single long press
// (what a curious patient might do) arms it but never opens anything.

/** How long the top-left corner must be held. */
export const HOLD_MS = 3000;
const CONFIRM_WINDOW_MS = 5000;

/** Where the gesture stands: nothing yet, the corner held since, or armed until a deadline. */
export type GestureState =
  | { phase: 'idle' }
  | { phase: 'holding'; since: number }
  /** deadline null: the corner is still held, so the window has not started running. */
  | { phase: 'armed'; deadline: number | null };

/** No gesture in progress. */
export const IDLE_GESTURE: GestureState = { phase: 'idle' };

/** The top-left corner was pressed. */
export function holdStarted(_state: GestureState, now: number): GestureState {
  return { phase: 'holding', since: now };
}

/** The hold timer fired (or time was checked): a long enough hold arms the gesture. */
export function holdTick(state: GestureState, now: number): GestureState {
  return state.phase === 'holding' && now - state.since >= HOLD_MS ? { phase: 'armed', deadline: null } : state;
}

/** The top-left corner was let go: an armed gesture starts its confirm window, anything else is void. */
export function holdEnded(state: GestureState, now: number): GestureState {
  const current = holdTick(state, now);
  if (current.phase === 'armed') return { phase: 'armed', deadline: current.deadline ?? now + CONFIRM_WINDOW_MS };
  return IDLE_GESTURE;
}

/** The finger slid off or the system took the pointer: a hold that had not armed yet is void. */
export function holdCancelled(state: GestureState, now: number): GestureState {
  return state.phase === 'holding' ? IDLE_GESTURE : holdEnded(state, now);
}

/** A tap on the bottom-right corner: opens staff mode only when armed and in time. Always disarms. */
export function confirmTapped(state: GestureState, now: number): { state: GestureState; open: boolean } {
  const open = state.phase === 'armed' && (state.deadline === null || now <= state.deadline);
  return { state: IDLE_GESTURE, open };
}
