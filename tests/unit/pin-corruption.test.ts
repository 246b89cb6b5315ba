import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPinService, type PinService } from '../../core/pin';
import { memoryStorage } from './support/memoryStorage';
import { captureLogs } from './support/captureLogs';

// Real scrypt records in real files; Electron stands in only for app.getPath.
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));
captureLogs();
const { filePinStorage, scryptHasher } = await import('../../main/pinStore');
const { localStoragePinStorage, pbkdf2Hasher, PIN_STORAGE_KEY } = await import('../../renderer/host/browserPin');

const PIN = '24681357';
const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-pin-damage-'));
let valid: Record<string, unknown>;
let validText: string;

type Damage = [name: string, text: (good: string, record: Record<string, unknown>) => string | Buffer];
const edit = (record: Record<string, unknown>, change: (copy: Record<string, unknown>) => void) => {
  const copy = structuredClone(record);
  change(copy);
  return JSON.stringify(copy);
};
const pinOf = (record: Record<string, unknown>) =>
  record.pin as Record<string, unknown> & { params: Record<string, unknown> };

/** Every way the record could be damaged, truncated, re-encoded or tampered with. */
const DAMAGE: Damage[] = [
  ['an empty file', () => ''],
  ['whitespace only', () => '  \n'],
  ['cut at a quarter', (good) => good.slice(0, Math.floor(good.length / 4))],
  ['cut in half', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['cut at three quarters', (good) => good.slice(0, Math.floor((good.length * 3) / 4))],
  ['the last brace missing', (good) => good.trimEnd().slice(0, -1)],
  ['binary garbage', () => Buffer.from([0, 1, 2, 0xff, 0xfe, 0x50, 0x4b, 3, 4])],
  ['JSON null', () => 'null'],
  ['a JSON list', () => '[]'],
  ['a JSON string', () => '"1234"'],
  ['an unknown record version', (_g, r) => edit(r, (c) => (c.version = 2))],
  ['no version', (_g, r) => edit(r, (c) => delete c.version)],
  ['no PIN in it', (_g, r) => edit(r, (c) => (c.pin = null))],
  ['the salt removed', (_g, r) => edit(r, (c) => delete pinOf(c).salt)],
  ['a hash that is not base64', (_g, r) => edit(r, (c) => (pinOf(c).hash = '!!!!not-base64!!!!'))],
  ['scrypt cost lowered to 2^10', (_g, r) => edit(r, (c) => (pinOf(c).params.N = 1024))],
  ['a short key length', (_g, r) => edit(r, (c) => (pinOf(c).params.keyLength = 8))],
  ['another algorithm', (_g, r) => edit(r, (c) => (pinOf(c).params.algorithm = 'md5'))],
  ['an extra key', (_g, r) => edit(r, (c) => (c.admin = true))],
  ['negative failed attempts', (_g, r) => edit(r, (c) => (c.failedAttempts = -1))],
  ['a lock-out end that is text', (_g, r) => edit(r, (c) => (c.lockedUntil = 'soon'))],
  ['lock-outs missing', (_g, r) => edit(r, (c) => delete c.lockouts)],
  ['a UTF-8 byte-order mark', (good) => `\ufeff${good}`],
  ['re-encoded as UTF-16', (good) => Buffer.from(`\ufeff${good}`, 'utf16le')],
];

async function expectShut(service: PinService): Promise<void> {
  expect(await service.getPinStatus()).toEqual({ isSet: true, needsReset: true, lockedUntil: null, failedAttempts: 0 });
  expect(await service.setPin('13579246')).toEqual({ ok: false, error: 'needs-reset' });
  expect((await service.verifyPin(PIN)).ok).toBe(false);
}

beforeAll(async () => {
  const file = path.join(dir, 'good.json');
  await createPinService(scryptHasher, filePinStorage(file)).setPin(PIN);
  validText = readFileSync(file, 'utf8');
  valid = JSON.parse(validText) as Record<string, unknown>;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a damaged PIN record fails closed: staff mode stays shut until IT resets it', () => {
  it.each(DAMAGE)('Electron file: %s', async (name, damage) => {
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, damage(validText, valid));
    await expectShut(createPinService(scryptHasher, filePinStorage(file)));
    // Left in place for IT: moving it aside would make the next start a first run.
    expect(readFileSync(file)).toEqual(Buffer.from(damage(validText, valid)));
  });

  it('Electron file: a folder in its place (unreadable)', async () => {
    const file = path.join(dir, 'folder.json');
    mkdirSync(file);
    await expectShut(createPinService(scryptHasher, filePinStorage(file)));
  });

  it.each(DAMAGE)('browser host: %s', async (_name, damage) => {
    const damaged = damage(validText, valid);
    const text = typeof damaged === 'string' ? damaged : damaged.toString('latin1');
    const storage = memoryStorage({ [PIN_STORAGE_KEY]: text });
    await expectShut(createPinService(pbkdf2Hasher(globalThis.crypto), localStoragePinStorage(storage)));
  });

  it('the record as written still works, and a missing one is first run (only an administrator deletes it)', async () => {
    const file = path.join(dir, 'intact.json');
    writeFileSync(file, validText);
    expect((await createPinService(scryptHasher, filePinStorage(file)).verifyPin(PIN)).ok).toBe(true);
    const missing = createPinService(scryptHasher, filePinStorage(path.join(dir, 'none.json')));
    expect(await missing.getPinStatus()).toMatchObject({ isSet: false, needsReset: false });
    console.log(
      `[pin] corruption variants failing closed: ${DAMAGE.length + 1} of ${DAMAGE.length + 1} (Electron file)`,
    );
  });
});
