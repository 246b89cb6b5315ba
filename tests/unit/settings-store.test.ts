import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsService } from '../../core/settings/service';
import { serializeSettings } from '../../core/settings/parseFile';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { BAD_COPIES_KEPT, createFileStore, removeInterruptedWrites } from '../../main/fileStore';

const noPolicy = { policy: null, notice: null };
const NOW = new Date('2026-11-23T21:19:16.123Z');
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-settings-'));
  file = path.join(dir, 'settings.json');
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

function service() {
  // As main makes it: settings are rare and written at once.
  const store = createFileStore(file, { debounceMs: 0 });
  return { store, settings: createSettingsService({ store, policy: noPolicy, now: () => NOW }) };
}

describe('settings.json in userData', () => {
  it('starts on defaults, without a notice, when there is no file yet', () => {
    expect(service().settings.getSettings()).toEqual({ settings: DEFAULT_SETTINGS, lockedPaths: [], notice: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an acknowledged save is already on disk (no debounce: a power cut right after loses nothing)', () => {
    vi.useFakeTimers();
    const first = service();
    first.settings.updateSettings({ idle: { quietSeconds: 120 } });
    expect(JSON.parse(readFileSync(file, 'utf8')).idle.quietSeconds).toBe(120);
    first.settings.updateSettings({ attract: { clinicName: 'Riverside "East", Suite 2' } });
    expect(readdirSync(dir)).toEqual(['settings.json']);
    const restarted = service().settings.getSettings().settings;
    expect(restarted.idle.quietSeconds).toBe(120);
    expect(restarted.attract.clinicName).toBe('Riverside "East", Suite 2');
  });

  it('a save that cannot be written is refused with the reason, and nothing changes', () => {
    const { settings } = service();
    rmSync(dir, { recursive: true, force: true });
    expect(() => settings.updateSettings({ idle: { quietSeconds: 120 } })).toThrow(
      /^the settings could not be saved \(ENOENT.*\); nothing changed$/,
    );
    expect(settings.getSettings().settings.idle.quietSeconds).toBe(DEFAULT_SETTINGS.idle.quietSeconds);
  });

  it('a debounced store (usage counts) writes a burst once, and flush writes a pending change at once', () => {
    vi.useFakeTimers();
    const store = createFileStore(file, { debounceMs: 300 });
    store.write('{"a":1}');
    store.write('{"a":2}');
    expect(readdirSync(dir)).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
    store.write('{"a":3}');
    store.flush();
    expect(readFileSync(file, 'utf8')).toBe('{"a":3}');
  });

  it('rejects an invalid combination with a clear error and changes nothing', () => {
    const { settings } = service();
    expect(() => settings.updateSettings({ languages: { offered: ['es'] } })).toThrow(
      'invalid settings: languages.default: the default language must be offered',
    );
    expect(settings.getSettings().settings).toEqual(DEFAULT_SETTINGS);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('migrates a version 0 file on load', () => {
    writeFileSync(file, JSON.stringify({ languages: ['vi', 'en'], idleSeconds: 60 }));
    const view = service().settings.getSettings();
    expect(view.notice).toBeNull();
    expect(view.settings.languages).toEqual({ offered: ['vi', 'en'], default: 'vi', reviewedOnly: false });
    expect(view.settings.idle.quietSeconds).toBe(60);
  });

  describe.each([
    ['truncated', serializeSettings(DEFAULT_SETTINGS).slice(0, 40)],
    ['garbage', 'ÿØÿà\u0000JFIF not json at all'],
    [
      'wrong types',
      JSON.stringify({ ...DEFAULT_SETTINGS, languages: { offered: 'en', default: 'en', reviewedOnly: 'no' } }),
    ],
    ['empty', ''],
  ])('a %s file', (_kind, text) => {
    it('is kept as settings.json.bad-<timestamp>; the kiosk runs on defaults and tells staff', () => {
      writeFileSync(file, text);
      const view = service().settings.getSettings();
      const aside = 'settings.json.bad-2026-11-23T21-19-16-123Z';
      expect(view.settings).toEqual(DEFAULT_SETTINGS);
      expect(view.notice).toMatch(
        new RegExp(
          `^The settings file was damaged \\(.+\\) and has been set aside as ${aside.replace(/\./g, '\\.')}; the kiosk is running on defaults\\.$`,
        ),
      );
      expect(readdirSync(dir)).toEqual([aside]);
      expect(readFileSync(path.join(dir, aside), 'utf8')).toBe(text);
    });

    it('is replaced by the next save, which clears the notice', () => {
      writeFileSync(file, text);
      const { settings } = service();
      expect(settings.updateSettings({ readAloud: { enabled: false } }).notice).toBeNull();
      expect(JSON.parse(readFileSync(file, 'utf8')).readAloud.enabled).toBe(false);
    });
  });
});

describe('damaged copies and interrupted writes', () => {
  it('damaged copies never overwrite each other (same moment), and only the newest 5 are kept', () => {
    for (let i = 0; i < 8; i += 1) {
      writeFileSync(file, `{"damaged":${i}`);
      service();
    }
    const copies = readdirSync(dir).sort();
    expect(copies).toHaveLength(BAD_COPIES_KEPT);
    expect(copies.every((name) => name.startsWith('settings.json.bad-2026-11-23T21-19-16-123Z'))).toBe(true);
    expect(new Set(copies.map((name) => readFileSync(path.join(dir, name), 'utf8'))).size).toBe(BAD_COPIES_KEPT);
  });

  it('removes only the temp files interrupted writes leave ("<file>.<digits>")', () => {
    for (const name of [
      'settings.json.1234567',
      'usage.json.42',
      'staff-pin.json.9',
      'settings.json.bad-x',
      'notes.txt.5',
      'settings.json',
    ])
      writeFileSync(path.join(dir, name), '{}');
    expect(removeInterruptedWrites(dir, ['settings.json', 'usage.json', 'staff-pin.json'])).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt.5', 'settings.json', 'settings.json.bad-x']);
  });
});

describe('settings that cannot be read at all', () => {
  it('a folder where settings.json should be: the kiosk runs on defaults and tells staff', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(file);
    const view = service().settings.getSettings();
    expect(view.settings).toEqual(DEFAULT_SETTINGS);
    expect(view.notice).toMatch(
      /^The settings file was unreadable \(.*EISDIR.*\); the kiosk is running on defaults\.$/,
    );
  });

  it('a damaged value that cannot be set aside still leaves the kiosk on defaults', () => {
    const store = {
      read: () => '{oops',
      write: vi.fn(),
      setAside: () => {
        throw new Error('EBUSY: resource busy');
      },
    };
    const view = createSettingsService({ store, policy: noPolicy }).getSettings();
    expect(view.settings).toEqual(DEFAULT_SETTINGS);
    expect(view.notice).toMatch(/could not be set aside \(EBUSY: resource busy\); the kiosk is running on defaults\.$/);
  });
});
