import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import {
  createPinService,
  readStoredPin,
  serializePinRecord,
  type PinHash,
  type PinHasher,
  type PinService,
  type PinStorage,
  type StoredPin,
} from '../core/pin';
import { createLogger } from '../core/log/logger';

const log = createLogger('pin');

/** scrypt cost: 2^15 × 8 × 1 takes ~100 ms and 32 MiB here, far too slow to brute-force 10^8 PINs offline. */
export const SCRYPT_PARAMS = { algorithm: 'scrypt', N: 2 ** 15, r: 8, p: 1, keyLength: 32 } as const;
const SALT_BYTES = 16;

function scryptAsync(pin: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

function derive(
  pin: string,
  salt: Buffer,
  params: { N: number; r: number; p: number; keyLength: number },
): Promise<Buffer> {
  // maxmem must exceed 128·N·r, or node refuses costs at or above 2^15.
  return scryptAsync(pin, salt, params.keyLength, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r,
  });
}

export const scryptHasher: PinHasher = {
  async hash(pin) {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(pin, salt, SCRYPT_PARAMS);
    return { params: { ...SCRYPT_PARAMS }, salt: salt.toString('base64'), hash: key.toString('base64') };
  },
  async verify(pin, stored: PinHash) {
    if (stored.params.algorithm !== 'scrypt') return false;
    const expected = Buffer.from(stored.hash, 'base64');
    const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), {
      ...stored.params,
      keyLength: expected.length,
    });
    return timingSafeEqual(actual, expected);
  },
};

/**
 * The PIN record as userData/staff-pin.json, written atomically so a power cut never leaves half
 * a file. A damaged or unreadable record is left where it is (moving it aside would turn the next
 * start into a first run): staff mode stays shut until IT deletes it (docs/deployment.md).
 */
export function filePinStorage(file: string): PinStorage {
  let reported = false;
  const damaged = (reason: string): StoredPin => {
    if (!reported)
      log.error(`staff PIN record ${file} cannot be used (${reason}); staff mode stays locked until IT resets it`);
    reported = true;
    return { state: 'damaged', reason };
  };
  return {
    async load(): Promise<StoredPin> {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return code === 'ENOENT' ? { state: 'missing' } : damaged(`unreadable: ${code ?? String(error)}`);
      }
      const stored = readStoredPin(text);
      return stored.state === 'damaged' ? damaged(stored.reason) : stored;
    },
    async save(record) {
      await writeFileAtomic(file, serializePinRecord(record), { mode: 0o600, fsync: true });
    },
  };
}

export function pinFilePath(): string {
  return path.join(app.getPath('userData'), 'staff-pin.json');
}

/** The Electron PIN service: scrypt hashes kept in userData. */
export function createMainPinService(now: () => number = Date.now): PinService {
  return createPinService(scryptHasher, filePinStorage(pinFilePath()), now);
}
