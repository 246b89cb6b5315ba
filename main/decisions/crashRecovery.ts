/**
 * What to do when the renderer dies or hangs. A kiosk must come back on its own:
 * reload to the start screen, waiting longer after each failure; if failures keep
 * coming within the window, relaunch the whole app (a fresh GPU and main state).
 * The memory of failures and relaunches is kept on disk, so a kiosk that fails again
 * right after each relaunch waits longer each time instead of relaunching in a tight loop.
 */
export interface RecoveryPolicy {
  /** Failures counted within this many milliseconds. */
  windowMs: number;
  /** First reload delay; doubles with each failure in the window. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** This many failures within the window triggers a relaunch instead. */
  relaunchAfter: number;
  /** Relaunches counted within this many milliseconds for the relaunch backoff. */
  relaunchWindowMs: number;
  /** Wait before the second relaunch in the window; doubles with each one after. The first is immediate. */
  relaunchBaseDelayMs: number;
  relaunchMaxDelayMs: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = {
  windowMs: 5 * 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  relaunchAfter: 4,
  relaunchWindowMs: 60 * 60_000,
  relaunchBaseDelayMs: 30_000,
  relaunchMaxDelayMs: 10 * 60_000,
};

export type RecoveryAction = { kind: 'reload'; delayMs: number } | { kind: 'relaunch'; delayMs: number };

/** What recovery remembers across relaunches (userData/recovery.json). */
export interface RecoveryMemory {
  failures: number[];
  relaunches: number[];
}

export const EMPTY_RECOVERY_MEMORY: RecoveryMemory = { failures: [], relaunches: [] };

export interface RecoveryDecision {
  action: RecoveryAction;
  /** What to remember (and persist) for the next decision. */
  memory: RecoveryMemory;
}

const within = (times: readonly number[], now: number, windowMs: number) =>
  times.filter((t) => now - t < windowMs && t <= now);

export function decideRecovery(
  previous: RecoveryMemory,
  now: number,
  policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY,
): RecoveryDecision {
  const failures = [...within(previous.failures, now, policy.windowMs), now];
  const relaunches = within(previous.relaunches, now, policy.relaunchWindowMs);
  if (failures.length >= policy.relaunchAfter) {
    const delayMs =
      relaunches.length === 0
        ? 0
        : Math.min(policy.relaunchMaxDelayMs, policy.relaunchBaseDelayMs * 2 ** (relaunches.length - 1));
    return { action: { kind: 'relaunch', delayMs }, memory: { failures: [], relaunches: [...relaunches, now] } };
  }
  const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures.length - 1));
  return { action: { kind: 'reload', delayMs }, memory: { failures, relaunches } };
}

/** Render-process exits that are not failures (we closed it ourselves). */
export function isRecoverableExit(reason: string): boolean {
  return reason !== 'clean-exit';
}
