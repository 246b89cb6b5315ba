import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../../core/pin';
import { localStoragePinStorage, PBKDF2_PARAMS, pbkdf2Hasher, PIN_STORAGE_KEY } from '../../renderer/host/browserPin';
import { createPinService } from '../../core/pin';
import { memoryStorage } from './support/memoryStorage';

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
    await service.setPin('975310');
    const text = storage.getItem(PIN_STORAGE_KEY) ?? '';
    expect(text).not.toContain('975310');
    expect(JSON.parse(text)).toMatchObject({ pin: { params: { algorithm: 'pbkdf2-sha256', iterations: 310_000 } } });
    expect((await service.verifyPin('975310')).ok).toBe(true);
  });

  it('a damaged record keeps staff mode shut, as in Electron; no record is first run', async () => {
    const storage = memoryStorage();
    expect(await localStoragePinStorage(storage).load()).toEqual({ state: 'missing' });
    storage.setItem(PIN_STORAGE_KEY, 'not json');
    expect(await localStoragePinStorage(storage).load()).toMatchObject({ state: 'damaged' });
    const service = createPinService(pbkdf2Hasher(globalThis.crypto), localStoragePinStorage(storage));
    expect(await service.getPinStatus()).toMatchObject({ isSet: true, needsReset: true });
    expect(await service.setPin('246813')).toEqual({ ok: false, error: 'needs-reset' });
  });

  it('compares byte arrays without an early exit', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
