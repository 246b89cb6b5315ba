import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appPaths } from './support/electronMock';

// Electron stands in only for app.getPath; the files and the scrypt hashing are real.
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));
const userData = { dir: '' };

const { createMainPinService, pinFilePath, scryptHasher, SCRYPT_PARAMS } = await import('../../main/pinStore');

// scrypt at N=2^15 is slow on purpose (~0.1–1 s per hash on a busy machine): allow for it.
describe('main PIN store (scrypt in userData/staff-pin.json)', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    userData.dir = await mkdtemp(path.join(tmpdir(), 'kiosk-pin-'));
    appPaths.userData = userData.dir;
  });
  afterEach(async () => {
    await rm(userData.dir, { recursive: true, force: true });
  });

  it('uses a scrypt cost of at least 2^15 and a fresh salt per hash', async () => {
    expect(SCRYPT_PARAMS.N).toBeGreaterThanOrEqual(2 ** 15);
    const [a, b] = await Promise.all([scryptHasher.hash('1234'), scryptHasher.hash('1234')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await scryptHasher.verify('1234', a)).toBe(true);
    expect(await scryptHasher.verify('1235', a)).toBe(false);
  });

  it('stores only a salted hash, never the PIN, and verifies against it', async () => {
    const service = createMainPinService();
    expect(await service.setPin('24681357')).toEqual({ ok: true });
    const text = await readFile(pinFilePath(), 'utf8');
    expect(text).not.toContain('24681357');
    expect(JSON.parse(text)).toMatchObject({
      version: 1,
      pin: { params: { algorithm: 'scrypt', N: 32768 } },
      failedAttempts: 0,
    });
    expect((await service.verifyPin('24681357')).ok).toBe(true);
    expect((await service.verifyPin('24681358')).ok).toBe(false);
  });

  it('keeps the lock-out on disk, so a restart does not reset it', async () => {
    let now = 5_000_000;
    const service = createMainPinService(() => now);
    await service.setPin('246800');
    for (let i = 0; i < 5; i += 1) await service.verifyPin('0000');
    const restarted = createMainPinService(() => now);
    expect(await restarted.getPinStatus()).toEqual({
      isSet: true,
      needsReset: false,
      lockedUntil: now + 30_000,
      failedAttempts: 0,
    });
    expect((await restarted.verifyPin('246800')).ok).toBe(false);
    now += 30_000;
    expect((await restarted.verifyPin('246800')).ok).toBe(true);
  });

  it('a damaged record stays where it is and keeps staff mode shut (never a first run)', async () => {
    await writeFile(pinFilePath(), '{"version":1,"pin":', 'utf8');
    const service = createMainPinService();
    expect(await service.getPinStatus()).toEqual({
      isSet: true,
      needsReset: true,
      lockedUntil: null,
      failedAttempts: 0,
    });
    expect(await service.setPin('246813')).toEqual({ ok: false, error: 'needs-reset' });
    expect(await readdir(userData.dir)).toEqual(['staff-pin.json']);
  });
});
