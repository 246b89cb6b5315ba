import {
  constantTimeEqual,
  createPinService,
  readStoredPin,
  serializePinRecord,
  type PinHash,
  type PinHasher,
  type PinService,
  type PinStorage,
  type StoredPin,
} from '../../core/pin';

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_PARAMS = { algorithm: 'pbkdf2-sha256', iterations: 310_000, keyLength: 32 } as const;
export const PIN_STORAGE_KEY = 'b12kiosk.pin.v1';
const SALT_BYTES = 16;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(
  subtle: SubtleCrypto,
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  keyLength: number,
): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(
    await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, keyLength * 8),
  );
}

/** PBKDF2 through WebCrypto; `cryptoApi` is injectable so Node can test the same code. */
export function pbkdf2Hasher(cryptoApi: Crypto = globalThis.crypto): PinHasher {
  return {
    async hash(pin): Promise<PinHash> {
      const salt = cryptoApi.getRandomValues(new Uint8Array(SALT_BYTES));
      const key = await derive(cryptoApi.subtle, pin, salt, PBKDF2_PARAMS.iterations, PBKDF2_PARAMS.keyLength);
      return { params: { ...PBKDF2_PARAMS }, salt: toBase64(salt), hash: toBase64(key) };
    },
    async verify(pin, stored) {
      if (stored.params.algorithm !== 'pbkdf2-sha256') return false;
      const expected = fromBase64(stored.hash);
      const actual = await derive(
        cryptoApi.subtle,
        pin,
        fromBase64(stored.salt),
        stored.params.iterations,
        expected.length,
      );
      return constantTimeEqual(actual, expected);
    },
  };
}

/** The record in localStorage; a damaged entry keeps staff mode shut, as in Electron (core/pin/stored.ts). */
export function localStoragePinStorage(storage: Storage = localStorage): PinStorage {
  return {
    load: async (): Promise<StoredPin> => readStoredPin(storage.getItem(PIN_STORAGE_KEY)),
    save: async (record) => storage.setItem(PIN_STORAGE_KEY, serializePinRecord(record)),
  };
}

export function createBrowserPinService(storage: Storage = localStorage): PinService {
  return createPinService(pbkdf2Hasher(), localStoragePinStorage(storage));
}
