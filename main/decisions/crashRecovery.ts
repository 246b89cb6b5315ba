/**
 * What to do when the renderer dies or hangs. A kiosk must come back on its own:
 * reload to the start screen, waiting longer after each failure; if failures keep
 * coming within the window, relaunch the whole app (a fresh GPU and main state).
 */
export interface RecoveryPolicy {
  /** Failures counted within this many milliseconds. */
  windowMs: number;
  /** First reload delay; doubles with each failure in the window. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** This many failures within the window triggers a relaunch instead. */
  relaunchAfter: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = {
  windowMs: 5 * 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  relaunchAfter: 4,
};

export type RecoveryAction = { kind: 'reload'; delayMs: number } | { kind: 'relaunch' };

export interface RecoveryDecision {
  action: RecoveryAction;
  /** Failure times to remember for the next decision. */
  failures: number[];
}

export function decideRecovery(
  previousFailures: readonly number[],
  now: number,
  policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY,
): RecoveryDecision {
  const failures = [...previousFailures.filter((t) => now - t < policy.windowMs && t <= now), now];
  if (failures.length >= policy.relaunchAfter) return { action: { kind: 'relaunch' }, failures: [] };
  const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures.length - 1));
  return { action: { kind: 'reload', delayMs }, failures };
}

/** Render-process exits that are not failures (we closed it ourselves). */
export function isRecoverableExit(reason: string): boolean {
  return reason !== 'clean-exit';
}
