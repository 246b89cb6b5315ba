import type { IdlePolicy } from './idlePolicy';

/**
 * The idle state machine: pure, no timers. The renderer feeds it input, speech
 * holds and clock ticks (times in ms); it answers what phase the kiosk is in and
 * when the next tick could change anything.
 *
 *   active ──quiet time passes──► warning ──warning time passes──► expired
 *     ▲                              │                               │
 *     └──────── activity / extend ───┘          reset-done ──────────┘
 */
export type IdlePhase = 'active' | 'warning' | 'expired';

export interface IdleState {
  phase: IdlePhase;
  policy: IdlePolicy;
  /** When the current quiet spell began: last input, end of speech, screen change or reset. */
  quietSince: number;
  warningSince: number | null;
  /** Open holds (e.g. the kiosk is reading aloud); while any is open nothing times out. */
  holds: number;
  heldSince: number | null;
}

export type IdleEvent =
  | { type: 'activity'; at: number }
  | { type: 'extend'; at: number }
  | { type: 'tick'; at: number }
  | { type: 'policy'; policy: IdlePolicy; at: number }
  | { type: 'hold'; at: number }
  | { type: 'release'; at: number }
  | { type: 'reset-done'; at: number };

/** A stuck speech engine must not keep the last patient's page on screen forever. */
export const MAX_HOLD_MS = 10 * 60_000;

export function initialIdleState(policy: IdlePolicy, at: number): IdleState {
  return { phase: 'active', policy, quietSince: at, warningSince: null, holds: 0, heldSince: null };
}

function restartQuiet(state: IdleState, at: number): IdleState {
  return { ...state, phase: 'active', quietSince: at, warningSince: null };
}

/** A hold that outlived MAX_HOLD_MS is dropped; the quiet spell starts when it ran out. */
function dropStaleHold(state: IdleState, at: number): IdleState {
  if (state.holds === 0 || state.heldSince === null || at - state.heldSince < MAX_HOLD_MS) return state;
  return { ...state, holds: 0, heldSince: null, quietSince: Math.max(state.quietSince, state.heldSince + MAX_HOLD_MS) };
}

function onTick(current: IdleState, at: number): IdleState {
  const state = dropStaleHold(current, at);
  const { policy } = state;
  if (state.phase === 'expired' || policy.kind === 'exempt' || state.holds > 0) return state;
  if (policy.kind === 'return') return at - state.quietSince >= policy.afterMs ? { ...state, phase: 'expired' } : state;
  if (state.phase === 'active') {
    // The warning starts at the tick, not at the deadline: even after a late tick
    // (a busy or sleeping machine) the patient still gets the whole countdown.
    return at - state.quietSince >= policy.quietMs ? { ...state, phase: 'warning', warningSince: at } : state;
  }
  const warningSince = state.warningSince ?? at;
  return at - warningSince >= policy.warningMs ? { ...state, phase: 'expired' } : state;
}

export function idleReducer(state: IdleState, event: IdleEvent): IdleState {
  switch (event.type) {
    case 'activity':
    case 'extend':
      // Once expired the reset is under way; late input must not resurrect the old session.
      return state.phase === 'expired' ? state : restartQuiet(state, event.at);
    case 'tick':
      return onTick(state, event.at);
    case 'policy':
      return state.phase === 'expired'
        ? { ...state, policy: event.policy }
        : restartQuiet({ ...state, policy: event.policy }, event.at);
    case 'hold': {
      const held = { ...state, holds: state.holds + 1, heldSince: state.holds === 0 ? event.at : state.heldSince };
      return state.phase === 'expired' ? held : restartQuiet(held, event.at);
    }
    case 'release': {
      if (state.holds === 0) return state;
      const holds = state.holds - 1;
      const released = { ...state, holds, heldSince: holds === 0 ? null : state.heldSince };
      // Quiet time counts from the end of the narration, not from when it began.
      return holds === 0 && state.phase !== 'expired' ? restartQuiet(released, event.at) : released;
    }
    case 'reset-done':
      // Holds from the last session are void: its speech was cancelled with it.
      return { ...initialIdleState(state.policy, event.at) };
  }
}

/** What the warning shows: whole seconds left, never below zero. */
export function secondsLeft(state: IdleState, at: number): number | null {
  if (state.phase !== 'warning' || state.warningSince === null || state.policy.kind !== 'warn') return null;
  return Math.max(0, Math.ceil((state.warningSince + state.policy.warningMs - at) / 1000));
}

/** The next time a tick could change the state, or null when only input can. */
export function nextDeadline(state: IdleState): number | null {
  const { policy } = state;
  if (state.phase === 'expired' || policy.kind === 'exempt') return null;
  if (state.holds > 0 && state.heldSince !== null) return state.heldSince + MAX_HOLD_MS;
  return quietDeadline(state);
}

function quietDeadline(state: IdleState): number {
  const { policy } = state;
  if (policy.kind === 'return') return state.quietSince + policy.afterMs;
  if (policy.kind === 'warn' && state.phase === 'warning' && state.warningSince !== null)
    return state.warningSince + policy.warningMs;
  return policy.kind === 'warn' ? state.quietSince + policy.quietMs : state.quietSince;
}
