/**
 * Wrong-PIN accounting. Pure: the caller passes the clock and persists the result
 * together with the PIN record, so a restart never resets a lock-out.
 */
export const ATTEMPTS_BEFORE_LOCKOUT = 5;

/** Each lock-out lasts longer than the one before; the last step repeats (capped at one hour). */
export const LOCKOUT_SCHEDULE_MS = [30_000, 60_000, 120_000, 300_000, 900_000, 1_800_000, 3_600_000] as const;

const MAX_LOCKOUT_MS = 3_600_000;

export interface AttemptState {
  /** Wrong tries since the last success or the last lock-out. */
  failedAttempts: number;
  /** Epoch ms until which every try is refused; null when not locked. */
  lockedUntil: number | null;
  /** Lock-outs since the last success: picks the next, longer duration. */
  lockouts: number;
}

export const FRESH_ATTEMPTS: AttemptState = { failedAttempts: 0, lockedUntil: null, lockouts: 0 };

export function lockoutDurationMs(lockoutsSoFar: number): number {
  const index = Math.min(Math.max(0, lockoutsSoFar), LOCKOUT_SCHEDULE_MS.length - 1);
  return LOCKOUT_SCHEDULE_MS[index] ?? MAX_LOCKOUT_MS;
}

/** The lock-out end if one is still running at `now`, else null. */
export function activeLockout(state: AttemptState, now: number): number | null {
  return state.lockedUntil !== null && state.lockedUntil > now ? state.lockedUntil : null;
}

export function attemptsLeft(state: AttemptState, now: number): number {
  if (activeLockout(state, now) !== null) return 0;
  return Math.max(0, ATTEMPTS_BEFORE_LOCKOUT - state.failedAttempts);
}

/** One more wrong try; the fifth starts the next lock-out and clears the count for afterwards. */
export function recordFailure(state: AttemptState, now: number): AttemptState {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts < ATTEMPTS_BEFORE_LOCKOUT) return { ...state, failedAttempts, lockedUntil: null };
  return { failedAttempts: 0, lockedUntil: now + lockoutDurationMs(state.lockouts), lockouts: state.lockouts + 1 };
}

/** A right PIN forgives everything before it. */
export function recordSuccess(): AttemptState {
  return { ...FRESH_ATTEMPTS };
}
