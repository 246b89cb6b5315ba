/**
 * The recordings root: which app:// URLs reach the clinic's folder (only the
 * manifest's files, never outside it), the folder's default place, byte ranges
 * for media seeking, and the manifest built at start from a real folder with
 * good, bad and missing files, each skip logged.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { byteRange } from '../../main/decisions/byteRange';
import {
  chooseRecordingsFolder,
  defaultRecordingsFolder,
  resolveAppRequest,
  type RecordingsRoot,
} from '../../main/decisions/recordingsRoute';
import { startRecordings } from '../../main/recordings/recordingsService';
import { silentWav16, voiceLikeWav } from './support/wavFiles';

const appRoot = path.resolve('/srv/kiosk/renderer');
const folder = path.resolve('/etc/b12-kiosk/recordings');
const recordings: RecordingsRoot = { folder, files: new Set(['so/neuropathy-nerves.mp3', 'en/b12-what.wav']) };

describe('resolveAppRequest', () => {
  it('serves a manifest file from the recordings folder and everything else from the app', () => {
    expect(resolveAppRequest(appRoot, recordings, 'app://kiosk/recordings/so/neuropathy-nerves.mp3')).toEqual({
      kind: 'file',
      filePath: path.join(folder, 'so', 'neuropathy-nerves.mp3'),
      mimeType: 'audio/mpeg',
    });
    expect(resolveAppRequest(appRoot, recordings, 'app://kiosk/recordings/en/b12-what.wav')).toMatchObject({
      filePath: path.join(folder, 'en', 'b12-what.wav'),
      mimeType: 'audio/wav',
    });
    expect(resolveAppRequest(appRoot, recordings, 'app://kiosk/assets/a.js')).toMatchObject({
      filePath: path.join(appRoot, 'assets', 'a.js'),
    });
  });

  it.each([
    ['app://kiosk/recordings/so/other-page.mp3', 404, 'not in the recordings manifest'],
    ['app://kiosk/recordings/../recordings/so/x.mp3', 404, 'not in the recordings manifest'],
    ['app://kiosk/recordings/so/..%2f..%2f..%2fpasswd.mp3', 404, 'not in the recordings manifest'],
    ['app://kiosk/recordings/so%5cneuropathy-nerves.mp3', 400, 'forbidden character in path'],
    ['app://kiosk/recordings/so/neuropathy-nerves.mp3%00', 400, 'forbidden character in path'],
    ['app://evil/recordings/so/neuropathy-nerves.mp3', 403, 'foreign origin app://evil'],
    ['app://kiosk/recordings/', 404, 'not in the recordings manifest'],
  ])('refuses %s (%i)', (url, status, reason) => {
    expect(resolveAppRequest(appRoot, recordings, url)).toEqual({ kind: 'rejected', status, reason });
  });

  it('serves no recording at all when there is no folder, and never one from the app build', () => {
    expect(resolveAppRequest(appRoot, null, 'app://kiosk/recordings/so/neuropathy-nerves.mp3')).toEqual({
      kind: 'rejected',
      status: 404,
      reason: 'no recordings folder',
    });
  });

  it('keeps even a poisoned manifest entry inside the folder, and nothing reaches outside both roots', () => {
    const poisoned: RecordingsRoot = { folder, files: new Set(['../../passwd.txt', '..']) };
    expect(resolveAppRequest(appRoot, poisoned, 'app://kiosk/recordings/..%2f..%2fpasswd.txt')).toEqual({
      kind: 'rejected',
      status: 403,
      reason: 'path escapes the recordings folder',
    });
    const attempts = ['..', '%2e%2e', '..%2f..', '%2e%2e%2f%2e%2e%2f', 'a/../../..', '%252e%252e'];
    for (const attempt of attempts) {
      const result = resolveAppRequest(appRoot, poisoned, `app://kiosk/recordings/${attempt}/passwd.txt`);
      if (result.kind === 'file') {
        const inside = [appRoot, folder].some((root) => result.filePath.startsWith(root + path.sep));
        expect(inside, `${attempt} → ${result.filePath}`).toBe(true);
      }
    }
  });
});

describe('the recordings folder', () => {
  it('defaults to recordings/ beside the policy file on each OS; the policy can name another', () => {
    expect(defaultRecordingsFolder('/etc/b12-kiosk/policy.json', 'linux')).toBe('/etc/b12-kiosk/recordings');
    expect(defaultRecordingsFolder('C:\\ProgramData\\B12Kiosk\\policy.json', 'win32')).toBe(
      'C:\\ProgramData\\B12Kiosk\\recordings',
    );
    expect(defaultRecordingsFolder('/Library/Application Support/B12Kiosk/policy.json', 'darwin')).toBe(
      '/Library/Application Support/B12Kiosk/recordings',
    );
    expect(chooseRecordingsFolder('/srv/audio', '/etc/b12-kiosk/policy.json', 'linux')).toEqual({
      folder: '/srv/audio',
      fromPolicy: true,
    });
    expect(chooseRecordingsFolder(undefined, '/etc/b12-kiosk/policy.json', 'linux')).toEqual({
      folder: '/etc/b12-kiosk/recordings',
      fromPolicy: false,
    });
  });
});

describe('byteRange', () => {
  it.each([
    [null, { kind: 'whole' }],
    ['bytes=0-', { kind: 'part', start: 0, end: 999 }],
    ['bytes=100-199', { kind: 'part', start: 100, end: 199 }],
    ['bytes=900-5000', { kind: 'part', start: 900, end: 999 }],
    ['bytes=-100', { kind: 'part', start: 900, end: 999 }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=300-200', { kind: 'unsatisfiable' }],
    ['bytes=0-1,5-9', { kind: 'whole' }],
    ['items=0-5', { kind: 'whole' }],
  ])('%s of 1000 bytes', (header, expected) => {
    expect(byteRange(header, 1000)).toEqual(expected);
  });
});

describe('startRecordings', () => {
  const log = () => ({ info: vi.fn(), warn: vi.fn() });

  function clinicFolder(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'clinic-recordings-'));
    const files: Record<string, Buffer | string> = {
      'so/neuropathy-nerves.wav': voiceLikeWav(1),
      'so/neuropathy-what.wav': silentWav16(1),
      'so/neuropathy-causes.mp3': 'not audio '.repeat(50),
      'so/neuropathy-action.mp3': '',
      'so/no-such-page.wav': voiceLikeWav(1),
      'en/b12-what.wav': voiceLikeWav(1),
    };
    for (const [file, body] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), body);
    }
    symlinkSync('/etc/hostname', path.join(root, 'en', 'b12-myelin.wav'));
    return root;
  }

  it('builds the manifest at start from the good files and logs one line per skipped file', async () => {
    const root = clinicFolder();
    const logged = log();
    const service = startRecordings({ folder: root, fromPolicy: true }, logged);
    expect(service.root()).toBeNull();
    // Silence is the kit's business (it plays, it is just quiet): the kiosk checks names and formats.
    expect(await service.manifest()).toEqual({
      files: ['en/b12-what.wav', 'so/neuropathy-nerves.wav', 'so/neuropathy-what.wav'],
    });
    expect(service.root()?.files).toEqual(
      new Set(['en/b12-what.wav', 'so/neuropathy-nerves.wav', 'so/neuropathy-what.wav']),
    );
    const warnings = logged.warn.mock.calls.map((call) => String(call[0]));
    expect(warnings).toEqual([
      'recordings: skipped en/b12-myelin.wav: a symbolic link: copy the recording itself into the folder',
      'recordings: skipped so/neuropathy-action.mp3: empty file',
      'recordings: skipped so/neuropathy-causes.mp3: not a readable audio file (no audio header found)',
      'recordings: skipped so/no-such-page.wav: matches no page: "no-such-page" is not the id of any content page',
    ]);
    expect(logged.info).toHaveBeenCalledWith(`recordings: 3 from ${root} (4 skipped)`);
  });

  it('a missing folder gives an empty manifest: a warning when the policy named it, a note when it is the default', async () => {
    const missing = path.join(tmpdir(), 'no-such-recordings-folder-here');
    const fromPolicy = log();
    expect(await startRecordings({ folder: missing, fromPolicy: true }, fromPolicy).manifest()).toEqual({ files: [] });
    expect(fromPolicy.warn).toHaveBeenCalledWith(expect.stringContaining('set by the managed policy'));
    const byDefault = log();
    const service = startRecordings({ folder: missing, fromPolicy: false }, byDefault);
    expect(await service.manifest()).toEqual({ files: [] });
    expect(service.root()).toBeNull();
    expect(byDefault.warn).not.toHaveBeenCalled();
    expect(byDefault.info).toHaveBeenCalledWith(`recordings: no folder at ${missing}; none played`);
  });
});
