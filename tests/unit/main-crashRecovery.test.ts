import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  decideRecovery,
  DEFAULT_RECOVERY_POLICY,
  EMPTY_RECOVERY_MEMORY,
  isRecoverableExit,
  type RecoveryMemory,
} from '../../main/decisions/crashRecovery';

vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));
const { recoveryMemoryFile } = await import('../../main/recovery');

describe('decideRecovery', () => {
  it('reloads with a doubling delay, then relaunches after repeated failures', () => {
    let memory: RecoveryMemory = EMPTY_RECOVERY_MEMORY;
    const actions = [];
    for (let i = 0; i < 4; i++) {
      const decision = decideRecovery(memory, 1_000_000 + i * 10_000);
      memory = decision.memory;
      actions.push(decision.action);
    }
    expect(actions).toEqual([
      { kind: 'reload', delayMs: 1_000 },
      { kind: 'reload', delayMs: 2_000 },
      { kind: 'reload', delayMs: 4_000 },
      { kind: 'relaunch', delayMs: 0 },
    ]);
    expect(memory).toEqual({ failures: [], relaunches: [1_030_000] });
  });

  it('a kiosk failing again after each relaunch waits longer before each next relaunch (the memory survives the relaunch)', () => {
    let memory: RecoveryMemory = EMPTY_RECOVERY_MEMORY;
    let now = 0;
    const relaunchDelays: number[] = [];
    for (let round = 0; round < 7; round++) {
      for (let i = 0; i < 4; i++) {
        const decision = decideRecovery(memory, (now += 1_000));
        memory = JSON.parse(JSON.stringify(decision.memory)) as RecoveryMemory; // as read back from disk
        if (decision.action.kind === 'relaunch') relaunchDelays.push(decision.action.delayMs);
      }
    }
    expect(relaunchDelays).toEqual([0, 30_000, 60_000, 120_000, 240_000, 480_000, 600_000]);
    const anHourLater = decideRecovery({ failures: [1, 2, 3], relaunches: memory.relaunches }, now + 3_600_000);
    expect(anHourLater.action).toEqual({ kind: 'reload', delayMs: 1_000 });
  });

  it('forgets failures older than the window', () => {
    const decision = decideRecovery(
      { failures: [0, 1_000, 2_000], relaunches: [] },
      DEFAULT_RECOVERY_POLICY.windowMs + 5_000,
    );
    expect(decision.action).toEqual({ kind: 'reload', delayMs: 1_000 });
  });

  it('caps the delay', () => {
    const policy = { ...DEFAULT_RECOVERY_POLICY, relaunchAfter: 100 };
    let last = decideRecovery(EMPTY_RECOVERY_MEMORY, 0, policy);
    for (let i = 1; i < 20; i++) last = decideRecovery(last.memory, i, policy);
    expect(last.action).toEqual({ kind: 'reload', delayMs: policy.maxDelayMs });
  });

  it('treats a clean exit as no failure', () => {
    expect(isRecoverableExit('clean-exit')).toBe(false);
    expect(isRecoverableExit('crashed')).toBe(true);
    expect(isRecoverableExit('oom')).toBe(true);
  });
});

describe('recovery.json (real file)', () => {
  it('keeps the memory across restarts; a missing or damaged file is an empty memory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-recovery-'));
    const file = path.join(dir, 'recovery.json');
    expect(recoveryMemoryFile(file).read()).toEqual(EMPTY_RECOVERY_MEMORY);
    recoveryMemoryFile(file).write({ failures: [5], relaunches: [7] });
    expect(recoveryMemoryFile(file).read()).toEqual({ failures: [5], relaunches: [7] });
    writeFileSync(file, '{"failures":"x"');
    expect(recoveryMemoryFile(file).read()).toEqual(EMPTY_RECOVERY_MEMORY);
    rmSync(dir, { recursive: true, force: true });
  });
});
