import { describe, expect, it } from 'vitest';
import { decideRecovery, DEFAULT_RECOVERY_POLICY, isRecoverableExit } from '../../main/decisions/crashRecovery';

describe('decideRecovery', () => {
  it('reloads with a doubling delay, then relaunches after repeated failures', () => {
    let failures: number[] = [];
    const actions = [];
    for (let i = 0; i < 4; i++) {
      const decision = decideRecovery(failures, 1_000_000 + i * 10_000);
      failures = decision.failures;
      actions.push(decision.action);
    }
    expect(actions).toEqual([
      { kind: 'reload', delayMs: 1_000 },
      { kind: 'reload', delayMs: 2_000 },
      { kind: 'reload', delayMs: 4_000 },
      { kind: 'relaunch' },
    ]);
    expect(failures).toEqual([]);
  });

  it('forgets failures older than the window', () => {
    const old = [0, 1_000, 2_000];
    const decision = decideRecovery(old, DEFAULT_RECOVERY_POLICY.windowMs + 5_000);
    expect(decision.action).toEqual({ kind: 'reload', delayMs: 1_000 });
  });

  it('caps the delay', () => {
    const policy = { ...DEFAULT_RECOVERY_POLICY, relaunchAfter: 100 };
    let failures: number[] = [];
    let last = decideRecovery(failures, 0, policy);
    for (let i = 1; i < 20; i++) {
      failures = last.failures;
      last = decideRecovery(failures, i, policy);
    }
    expect(last.action).toEqual({ kind: 'reload', delayMs: policy.maxDelayMs });
  });

  it('treats a clean exit as no failure', () => {
    expect(isRecoverableExit('clean-exit')).toBe(false);
    expect(isRecoverableExit('crashed')).toBe(true);
    expect(isRecoverableExit('oom')).toBe(true);
  });
});
