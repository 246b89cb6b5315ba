import { describe, expect, it } from 'vitest';
import {
  activeLockout,
  attemptsLeft,
  ATTEMPTS_BEFORE_LOCKOUT,
  FRESH_ATTEMPTS,
  isValidPinFormat,
  lockoutDurationMs,
  recordFailure,
  recordSuccess,
  type AttemptState,
} from '../../core/pin';

function failTimes(state: AttemptState, times: number, now: number): AttemptState {
  let next = state;
  for (let i = 0; i < times; i += 1) next = recordFailure(next, now);
  return next;
}

describe('PIN format', () => {
  it.each(['1234', '12345678', '0000'])('accepts %s', (pin) => expect(isValidPinFormat(pin)).toBe(true));
  it.each(['123', '123456789', '12a4', ' 1234', '', '１２３４'])('rejects %j', (pin) =>
    expect(isValidPinFormat(pin)).toBe(false),
  );
});

describe('wrong-PIN lock-out', () => {
  it('allows four wrong tries, counting down, and locks on the fifth', () => {
    const four = failTimes(FRESH_ATTEMPTS, 4, 1000);
    expect(attemptsLeft(four, 1000)).toBe(1);
    expect(activeLockout(four, 1000)).toBeNull();
    const five = recordFailure(four, 1000);
    expect(activeLockout(five, 1000)).toBe(1000 + 30_000);
    expect(attemptsLeft(five, 1000)).toBe(0);
  });

  it('grows each lock-out: 30 s, 1 min, 2 min, 5 min … capped at one hour', () => {
    expect([0, 1, 2, 3].map(lockoutDurationMs)).toEqual([30_000, 60_000, 120_000, 300_000]);
    expect(lockoutDurationMs(50)).toBe(3_600_000);
    let state = FRESH_ATTEMPTS;
    let now = 0;
    const durations: number[] = [];
    for (let round = 0; round < 9; round += 1) {
      state = failTimes(state, ATTEMPTS_BEFORE_LOCKOUT, now);
      const until = activeLockout(state, now);
      expect(until).not.toBeNull();
      durations.push((until ?? 0) - now);
      now = until ?? now;
    }
    expect(durations.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 300_000]);
    expect(Math.max(...durations)).toBe(3_600_000);
    expect(durations.at(-1)).toBe(3_600_000);
  });

  it('ends the lock-out when its time has passed, with five fresh tries', () => {
    const locked = failTimes(FRESH_ATTEMPTS, 5, 0);
    expect(activeLockout(locked, 29_999)).not.toBeNull();
    expect(activeLockout(locked, 30_000)).toBeNull();
    expect(attemptsLeft(locked, 30_000)).toBe(ATTEMPTS_BEFORE_LOCKOUT);
  });

  it('forgets everything after a right PIN', () => {
    expect(recordSuccess()).toEqual(FRESH_ATTEMPTS);
  });
});
