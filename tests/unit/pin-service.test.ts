import { describe, expect, it } from 'vitest';
import {
  createPinService,
  EMPTY_PIN_RECORD,
  type PinHasher,
  type PinRecord,
  type PinStorage,
  type StoredPin,
} from '../../core/pin';

/** A transparent hasher: the service's rules are under test here, not the cryptography. */
const plainHasher: PinHasher = {
  hash: async (pin) => ({
    params: { algorithm: 'pbkdf2-sha256', iterations: 310_000, keyLength: 32 },
    salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
    hash: btoa(pin.padEnd(16, '#')),
  }),
  verify: async (pin, stored) => stored.hash === btoa(pin.padEnd(16, '#')),
};

function memoryStorage(): PinStorage & { saved: PinRecord } {
  const box = { saved: { ...EMPTY_PIN_RECORD } };
  return Object.assign(box, {
    load: async (): Promise<StoredPin> =>
      box.saved.pin === null ? { state: 'missing' } : { state: 'ready', record: structuredClone(box.saved) },
    save: async (record: PinRecord) => void (box.saved = structuredClone(record)),
  });
}

function setUp() {
  const clock = { now: 1_000_000 };
  const storage = memoryStorage();
  return { clock, storage, service: createPinService(plainHasher, storage, () => clock.now) };
}

describe('PIN service', () => {
  it('first run: no PIN, any well-formed PIN can be set without a current one', async () => {
    const { service } = setUp();
    expect(await service.getPinStatus()).toEqual({
      isSet: false,
      needsReset: false,
      lockedUntil: null,
      failedAttempts: 0,
    });
    expect((await service.verifyPin('1234')).ok).toBe(false);
    expect(await service.setPin('2468')).toEqual({ ok: true });
    expect((await service.getPinStatus()).isSet).toBe(true);
    expect((await service.verifyPin('2468')).ok).toBe(true);
  });

  it('rejects a badly formed new PIN', async () => {
    const { service } = setUp();
    expect(await service.setPin('12')).toEqual({ ok: false, error: 'invalid-format' });
  });

  it('changing a set PIN needs the current one, and a wrong current one counts as a wrong try', async () => {
    const { service } = setUp();
    await service.setPin('2468');
    expect(await service.setPin('1357')).toEqual({ ok: false, error: 'current-pin-required' });
    expect(await service.setPin('1357', '0000')).toEqual({ ok: false, error: 'wrong-current-pin' });
    expect((await service.getPinStatus()).failedAttempts).toBe(1);
    expect(await service.setPin('1357', '2468')).toEqual({ ok: true });
    expect((await service.verifyPin('1357')).ok).toBe(true);
  });

  it('locks out after five wrong tries, refuses even the right PIN while locked, and persists the lock-out', async () => {
    const { service, storage, clock } = setUp();
    await service.setPin('2468');
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await service.verifyPin('1111'));
    expect(results.map((r) => r.attemptsLeft)).toEqual([4, 3, 2, 1, 0]);
    expect(results[4]?.lockedUntil).toBe(clock.now + 30_000);
    expect(storage.saved.lockedUntil).toBe(clock.now + 30_000);
    expect(await service.verifyPin('2468')).toEqual({ ok: false, lockedUntil: clock.now + 30_000, attemptsLeft: 0 });
    // A "restart": a new service over the same storage is still locked.
    const restarted = createPinService(plainHasher, storage, () => clock.now);
    expect((await restarted.getPinStatus()).lockedUntil).toBe(clock.now + 30_000);
    clock.now += 30_000;
    expect(await restarted.verifyPin('2468')).toEqual({
      ok: true,
      lockedUntil: null,
      attemptsLeft: 5,
      changeSuggested: true,
    });
  });

  it('counts simultaneous wrong tries one by one', async () => {
    const { service, storage } = setUp();
    await service.setPin('2468');
    await Promise.all(Array.from({ length: 5 }, () => service.verifyPin('1111')));
    expect(storage.saved.lockouts).toBe(1);
    expect(storage.saved.lockedUntil).not.toBeNull();
  });

  it('asks staff to change a right PIN shorter than 6 digits (set before the minimum rose), not a longer one', async () => {
    const { service } = setUp();
    await service.setPin('2468');
    expect((await service.verifyPin('2468')).changeSuggested).toBe(true);
    expect(await service.setPin('24681357', '2468')).toEqual({ ok: true });
    expect(await service.verifyPin('24681357')).toEqual({ ok: true, lockedUntil: null, attemptsLeft: 5 });
  });
});
