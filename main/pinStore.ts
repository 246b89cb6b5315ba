import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { app } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import {
  createPinService,
  EMPTY_PIN_RECORD,
  PinRecordSchema,
  type PinHash,
  type PinHasher,
  type PinRecord,
  type PinService,
  type PinStorage,
} from '../core/pin';
import { log } from './log';

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

/** The PIN record as userData/staff-pin.json, written atomically so a power cut never leaves half a file. */
export function filePinStorage(file: string): PinStorage {
  return {
    async load(): Promise<PinRecord> {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...EMPTY_PIN_RECORD };
        throw error;
      }
      const parsed = PinRecordSchema.safeParse(safeJson(text));
      if (parsed.success) return parsed.data;
      // A damaged record is kept for inspection; staff set a new PIN, as on first run.
      const aside = `${file}.bad-${Date.now()}`;
      await rename(file, aside);
      log.warn(`staff PIN record was damaged; kept as ${aside}`);
      return { ...EMPTY_PIN_RECORD };
    },
    async save(record) {
      await writeFileAtomic(file, `${JSON.stringify(PinRecordSchema.parse(record), null, 2)}\n`, {
        mode: 0o600,
        fsync: true,
      });
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function pinFilePath(): string {
  return path.join(app.getPath('userData'), 'staff-pin.json');
}

/** The Electron PIN service: scrypt hashes kept in userData. */
export function createMainPinService(now: () => number = Date.now): PinService {
  return createPinService(scryptHasher, filePinStorage(pinFilePath()), now);
}
