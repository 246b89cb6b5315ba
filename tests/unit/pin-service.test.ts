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
    expect((await service.verifyPin('123456')).ok).toBe(false);
    expect(await service.setPin('246800')).toEqual({ ok: true });
    expect((await service.getPinStatus()).isSet).toBe(true);
    expect(await service.verifyPin('246800')).toEqual({ ok: true, lockedUntil: null, attemptsLeft: 5 });
  });

  it('a new PIN needs 6 to 8 digits, on first run and when changing', async () => {
    const { service } = setUp();
    for (const pin of ['12', '1234', '12345', '123456789'])
      expect(await service.setPin(pin)).toEqual({ ok: false, error: 'invalid-format' });
    expect(await service.setPin('123456')).toEqual({ ok: true });
    expect(await service.setPin('2468', '123456')).toEqual({ ok: false, error: 'invalid-format' });
    expect((await service.verifyPin('123456')).ok).toBe(true);
  });

  it('changing a set PIN needs the current one, and a wrong current one counts as a wrong try', async () => {
    const { service } = setUp();
    await service.setPin('246800');
    expect(await service.setPin('135700')).toEqual({ ok: false, error: 'current-pin-required' });
    expect(await service.setPin('135700', '000000')).toEqual({ ok: false, error: 'wrong-current-pin' });
    expect((await service.getPinStatus()).failedAttempts).toBe(1);
    expect(await service.setPin('135700', '246800')).toEqual({ ok: true });
    expect((await service.verifyPin('135700')).ok).toBe(true);
  });

  it('locks out after five wrong tries, refuses even the right PIN while locked, and persists the lock-out', async () => {
    const { service, storage, clock } = setUp();
    await service.setPin('246800');
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await service.verifyPin('111111'));
    expect(results.map((r) => r.attemptsLeft)).toEqual([4, 3, 2, 1, 0]);
    expect(results[4]?.lockedUntil).toBe(clock.now + 30_000);
    expect(storage.saved.lockedUntil).toBe(clock.now + 30_000);
    expect(await service.verifyPin('246800')).toEqual({ ok: false, lockedUntil: clock.now + 30_000, attemptsLeft: 0 });
    // A "restart": a new service over the same storage is still locked.
    const restarted = createPinService(plainHasher, storage, () => clock.now);
    expect((await restarted.getPinStatus()).lockedUntil).toBe(clock.now + 30_000);
    clock.now += 30_000;
    expect(await restarted.verifyPin('246800')).toEqual({ ok: true, lockedUntil: null, attemptsLeft: 5 });
  });

  it('counts simultaneous wrong tries one by one', async () => {
    const { service, storage } = setUp();
    await service.setPin('246800');
    await Promise.all(Array.from({ length: 5 }, () => service.verifyPin('111111')));
    expect(storage.saved.lockouts).toBe(1);
    expect(storage.saved.lockedUntil).not.toBeNull();
  });

  it('asks staff to change a right PIN shorter than 6 digits (set before the minimum rose), not a longer one', async () => {
    const { service, storage } = setUp();
    // A record from before the minimum rose: a 4-digit PIN, which setPin no longer accepts.
    storage.saved = { ...EMPTY_PIN_RECORD, pin: await plainHasher.hash('2468') };
    expect(await service.getPinStatus()).toMatchObject({ isSet: true, needsReset: false });
    expect(await service.verifyPin('2468')).toEqual({
      ok: true,
      lockedUntil: null,
      attemptsLeft: 5,
      changeSuggested: true,
    });
    expect(await service.setPin('1357', '2468')).toEqual({ ok: false, error: 'invalid-format' });
    expect(await service.setPin('24681357', '2468')).toEqual({ ok: true });
    expect(await service.verifyPin('24681357')).toEqual({ ok: true, lockedUntil: null, attemptsLeft: 5 });
  });
});
