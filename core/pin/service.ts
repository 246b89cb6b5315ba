import { isValidPinFormat } from './format';
import { activeLockout, attemptsLeft, recordFailure, recordSuccess, type AttemptState } from './lockout';
import type { PinHash, PinRecord } from './record';

/** Salted slow hashing, supplied by each host (scrypt in main, PBKDF2 in the browser). */
export interface PinHasher {
  hash(pin: string): Promise<PinHash>;
  /** Must compare in constant time. */
  verify(pin: string, stored: PinHash): Promise<boolean>;
}

/** Where the record lives (a file in userData, or localStorage). */
export interface PinStorage {
  load(): Promise<PinRecord>;
  save(record: PinRecord): Promise<void>;
}

export type SetPinError = 'invalid-format' | 'current-pin-required' | 'wrong-current-pin' | 'locked';

export interface PinStatus {
  isSet: boolean;
  lockedUntil: number | null;
  failedAttempts: number;
}
export interface VerifyResult {
  ok: boolean;
  lockedUntil: number | null;
  attemptsLeft: number;
}
export interface SetPinResult {
  ok: boolean;
  error?: SetPinError;
}

export interface PinService {
  getPinStatus(): Promise<PinStatus>;
  verifyPin(pin: string): Promise<VerifyResult>;
  setPin(newPin: string, currentPin?: string): Promise<SetPinResult>;
}

function attemptsOf(record: PinRecord): AttemptState {
  return { failedAttempts: record.failedAttempts, lockedUntil: record.lockedUntil, lockouts: record.lockouts };
}

/**
 * The PIN rules both hosts share. Calls run one at a time, so two quick taps on
 * OK can never both be counted against the same attempt number.
 */
export function createPinService(hasher: PinHasher, storage: PinStorage, now: () => number = Date.now): PinService {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Checks a PIN against the record and persists the new attempt state. */
  async function check(record: PinRecord, pin: string): Promise<{ record: PinRecord; result: VerifyResult }> {
    const time = now();
    const locked = activeLockout(attemptsOf(record), time);
    if (locked !== null || record.pin === null) {
      return {
        record,
        result: { ok: false, lockedUntil: locked, attemptsLeft: attemptsLeft(attemptsOf(record), time) },
      };
    }
    const ok = isValidPinFormat(pin) && (await hasher.verify(pin, record.pin));
    const attempts = ok ? recordSuccess() : recordFailure(attemptsOf(record), time);
    const updated: PinRecord = { ...record, ...attempts };
    await storage.save(updated);
    return {
      record: updated,
      result: { ok, lockedUntil: activeLockout(attempts, time), attemptsLeft: attemptsLeft(attempts, time) },
    };
  }

  return {
    getPinStatus: () =>
      serial(async () => {
        const record = await storage.load();
        return {
          isSet: record.pin !== null,
          lockedUntil: activeLockout(attemptsOf(record), now()),
          failedAttempts: record.failedAttempts,
        };
      }),
    verifyPin: (pin) => serial(async () => (await check(await storage.load(), pin)).result),
    setPin: (newPin, currentPin) =>
      serial(async (): Promise<SetPinResult> => {
        if (!isValidPinFormat(newPin)) return { ok: false, error: 'invalid-format' };
        let record = await storage.load();
        if (record.pin !== null) {
          // Changing a PIN needs the current one, and wrong guesses here count like any other.
          if (currentPin === undefined) return { ok: false, error: 'current-pin-required' };
          const checked = await check(record, currentPin);
          if (!checked.result.ok)
            return { ok: false, error: checked.result.lockedUntil !== null ? 'locked' : 'wrong-current-pin' };
          record = checked.record;
        }
        await storage.save({ ...record, ...recordSuccess(), pin: await hasher.hash(newPin) });
        return { ok: true };
      }),
  };
}
