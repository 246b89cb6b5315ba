import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../../core/pin';
import { localStoragePinStorage, PBKDF2_PARAMS, pbkdf2Hasher, PIN_STORAGE_KEY } from '../../renderer/host/browserPin';
import { createPinService } from '../../core/pin';

/** A Storage stand-in: the browser host's record is plain text under one key. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('browser PIN host (PBKDF2-SHA-256 through WebCrypto)', { timeout: 30_000 }, () => {
  it('uses at least 310,000 iterations and a fresh salt', async () => {
    expect(PBKDF2_PARAMS.iterations).toBeGreaterThanOrEqual(310_000);
    const hasher = pbkdf2Hasher(globalThis.crypto);
    const [a, b] = await Promise.all([hasher.hash('1234'), hasher.hash('1234')]);
    expect(a.salt).not.toBe(b.salt);
    expect(await hasher.verify('1234', a)).toBe(true);
    expect(await hasher.verify('4321', a)).toBe(false);
  });

  it('keeps only the hash and the attempt state in localStorage', async () => {
    const storage = memoryStorage();
    const service = createPinService(pbkdf2Hasher(globalThis.crypto), localStoragePinStorage(storage));
    await service.setPin('97531');
    const text = storage.getItem(PIN_STORAGE_KEY) ?? '';
    expect(text).not.toContain('97531');
    expect(JSON.parse(text)).toMatchObject({ pin: { params: { algorithm: 'pbkdf2-sha256', iterations: 310_000 } } });
    expect((await service.verifyPin('97531')).ok).toBe(true);
  });

  it('treats a damaged record as no PIN set', async () => {
    const storage = memoryStorage();
    storage.setItem(PIN_STORAGE_KEY, 'not json');
    expect((await localStoragePinStorage(storage).load()).pin).toBeNull();
  });

  it('compares byte arrays without an early exit', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
