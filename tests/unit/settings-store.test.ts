import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsService } from '../../core/settings/service';
import { serializeSettings } from '../../core/settings/parseFile';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { createFileStore } from '../../main/fileStore';

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
  const store = createFileStore(file, { debounceMs: 300 });
  return { store, settings: createSettingsService({ store, policy: noPolicy, now: () => NOW }) };
}

describe('settings.json in userData', () => {
  it('starts on defaults, without a notice, when there is no file yet', () => {
    expect(service().settings.getSettings()).toEqual({ settings: DEFAULT_SETTINGS, lockedPaths: [], notice: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves a change once after the debounce, atomically, and reads it back after a restart', () => {
    vi.useFakeTimers();
    const first = service();
    first.settings.updateSettings({ idle: { quietSeconds: 120 } });
    first.settings.updateSettings({ attract: { clinicName: 'Riverside "East", Suite 2' } });
    expect(readdirSync(dir)).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(readdirSync(dir)).toEqual(['settings.json']);
    const restarted = service().settings.getSettings().settings;
    expect(restarted.idle.quietSeconds).toBe(120);
    expect(restarted.attract.clinicName).toBe('Riverside "East", Suite 2');
  });

  it('flush writes a pending change at once (quit before the debounce ends)', () => {
    vi.useFakeTimers();
    const { store, settings } = service();
    settings.updateSettings({ display: { defaultTextSize: 'large' } });
    store.flush();
    expect(JSON.parse(readFileSync(file, 'utf8')).display.defaultTextSize).toBe('large');
  });

  it('rejects an invalid combination with a clear error and changes nothing', () => {
    const { store, settings } = service();
    expect(() => settings.updateSettings({ languages: { offered: ['es'] } })).toThrow(
      'invalid settings: languages.default: the default language must be offered',
    );
    store.flush();
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
      const { store, settings } = service();
      expect(settings.updateSettings({ readAloud: { enabled: false } }).notice).toBeNull();
      store.flush();
      expect(JSON.parse(readFileSync(file, 'utf8')).readAloud.enabled).toBe(false);
    });
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
