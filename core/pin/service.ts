import { isValidNewPin, isValidPinFormat, NEW_PIN_MIN_DIGITS } from './format';
import { activeLockout, attemptsLeft, recordFailure, recordSuccess, type AttemptState } from './lockout';
import { EMPTY_PIN_RECORD, type PinHash, type PinRecord } from './record';
import type { PinStatus, SetPinResult, VerifyResult } from './results';

/** Salted slow hashing, supplied by each host (scrypt in main, PBKDF2 in the browser). */
export interface PinHasher {
  hash(pin: string): Promise<PinHash>;
  /** Must compare in constant time. */
  verify(pin: string, stored: PinHash): Promise<boolean>;
}

/**
 * What a host found where the record lives. `missing` is first run (nothing stored yet: only an
 * administrator removes the file). `damaged` means a PIN was set once but the record cannot be
 * read or trusted now: staff mode stays shut ("needs resetting by IT"), never back to first run.
 */
export type StoredPin =
  { state: 'ready'; record: PinRecord } | { state: 'missing' } | { state: 'damaged'; reason: string };

/** Where the record lives (a file in userData, or localStorage). */
export interface PinStorage {
  load(): Promise<StoredPin>;
  save(record: PinRecord): Promise<void>;
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
    const result: VerifyResult = {
      ok,
      lockedUntil: activeLockout(attempts, time),
      attemptsLeft: attemptsLeft(attempts, time),
    };
    if (ok && pin.length < NEW_PIN_MIN_DIGITS) result.changeSuggested = true;
    return { record: updated, result };
  }

  /** The record to work on, or null when it is damaged (then every call is refused). */
  const load = async (): Promise<PinRecord | null> => {
    const stored = await storage.load();
    if (stored.state === 'damaged') return null;
    return stored.state === 'ready' ? stored.record : { ...EMPTY_PIN_RECORD };
  };
  const SHUT: VerifyResult = { ok: false, lockedUntil: null, attemptsLeft: 0 };

  return {
    getPinStatus: () =>
      serial(async (): Promise<PinStatus> => {
        const record = await load();
        if (!record) return { isSet: true, needsReset: true, lockedUntil: null, failedAttempts: 0 };
        return {
          isSet: record.pin !== null,
          needsReset: false,
          lockedUntil: activeLockout(attemptsOf(record), now()),
          failedAttempts: record.failedAttempts,
        };
      }),
    verifyPin: (pin) =>
      serial(async () => {
        const record = await load();
        return record ? (await check(record, pin)).result : { ...SHUT };
      }),
    setPin: (newPin, currentPin) =>
      serial(async (): Promise<SetPinResult> => {
        // A new PIN needs 6 to 8 digits; shorter ones set before the minimum rose still unlock (check above).
        if (!isValidNewPin(newPin)) return { ok: false, error: 'invalid-format' };
        let record = await load();
        if (!record) return { ok: false, error: 'needs-reset' };
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
