import { describe, expect, it } from 'vitest';
import { migrateSettings } from '../../core/settings/migrate';
import { parseSettingsFile, serializeSettings } from '../../core/settings/parseFile';
import { mergeSettings } from '../../core/settings/merge';
import { SettingsPatchSchema } from '../../core/settings/patch';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../core/settings/schema';

const saved = { ...DEFAULT_SETTINGS, languages: { offered: ['es', 'en'], default: 'es', reviewedOnly: true } };

describe('parseSettingsFile', () => {
  it('reads what serializeSettings wrote', () => {
    const text = serializeSettings(SettingsSchema.parse(saved));
    expect(parseSettingsFile(text)).toEqual({ ok: true, value: saved });
  });

  it.each([
    ['empty file', '', /empty/],
    ['whitespace only', '  \n', /empty/],
    ['truncated JSON', serializeSettings(DEFAULT_SETTINGS).slice(0, 60), /not valid JSON/],
    ['garbage', '\u0000\u0001PK\u0003\u0004 binary', /not valid JSON/],
    ['a JSON array', '[1,2,3]', /settings object/],
    ['JSON null', 'null', /settings object/],
    [
      'wrong types',
      JSON.stringify({ ...DEFAULT_SETTINGS, idle: { ...DEFAULT_SETTINGS.idle, quietSeconds: 'ninety' } }),
      /idle\.quietSeconds/,
    ],
    [
      'out of safe limits',
      JSON.stringify({ ...DEFAULT_SETTINGS, idle: { ...DEFAULT_SETTINGS.idle, quietSeconds: 5 } }),
      /idle\.quietSeconds/,
    ],
    [
      'default not offered',
      JSON.stringify({ ...DEFAULT_SETTINGS, languages: { offered: ['en'], default: 'es', reviewedOnly: false } }),
      /default language must be offered/,
    ],
    ['unknown key', JSON.stringify({ ...DEFAULT_SETTINGS, telemetry: true }), /invalid value/],
    ['unknown version', JSON.stringify({ ...DEFAULT_SETTINGS, version: 7 }), /unknown settings version 7/],
  ])('rejects %s with a reason', (_name, text, reason) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('migrateSettings from version 0 (flat, unversioned)', () => {
  it('maps languages, default, idle time and clinic name; the rest takes defaults', () => {
    const v0 = {
      languages: ['es', 'en', 'es', 'klingon'],
      defaultLanguage: 'en',
      idleSeconds: 120.4,
      clinicName: 'Riverside Clinic',
    };
    const result = parseSettingsFile(JSON.stringify(v0));
    expect(result).toEqual({
      ok: true,
      value: {
        ...DEFAULT_SETTINGS,
        languages: { offered: ['es', 'en'], default: 'en', reviewedOnly: false },
        idle: { ...DEFAULT_SETTINGS.idle, quietSeconds: 120 },
        attract: { enabled: true, clinicName: 'Riverside Clinic' },
      },
    });
  });

  it('clamps idle time into the safe limits and drops unknown languages and a default not offered', () => {
    const result = migrateSettings({ languages: ['xx', 'es'], defaultLanguage: 'fr', idleSeconds: 5 });
    expect(result.ok).toBe(true);
    const value = SettingsSchema.parse(result.ok ? result.value : undefined);
    expect(value.languages).toEqual({ offered: ['es'], default: 'es', reviewedOnly: false });
    expect(value.idle.quietSeconds).toBe(30);
  });

  it.each([
    ['an empty object', {}],
    ['a current file that lost its version', (({ version: _v, ...rest }) => rest)(DEFAULT_SETTINGS)],
    ['a pilot list of no known language', { languages: ['xx'], defaultLanguage: 'fr' }],
    ['pilot keys of the wrong type', { languages: ['en'], idleSeconds: '120' }],
    ['pilot keys beside others', { languages: ['en'], telemetry: true }],
    ['an unrelated JSON object', { name: 'b12-kiosk', dependencies: {} }],
  ])('is not fooled into "version 0" by %s: the file counts as damaged', (_name, raw) => {
    expect(migrateSettings(raw)).toEqual({
      ok: false,
      reason: 'the file has no version number and is not a pilot (version 0) settings file',
    });
  });

  it('brings a version 1 file up: finish time at least 90 s, a typed QR heading kept for the default language', () => {
    const v1 = {
      version: 1,
      languages: { offered: ['en', 'es'], default: 'es', reviewedOnly: false },
      idle: { quietSeconds: 90, warningSeconds: 30, finishReturnSeconds: 30 },
      attract: { enabled: true, clinicName: 'Riverside' },
      display: { defaultTextSize: 'large' },
      readAloud: { enabled: true },
      takeHome: { qrEnabled: true, qrHeading: 'Preguntas para llevar' },
    };
    expect(parseSettingsFile(JSON.stringify(v1))).toEqual({
      ok: true,
      value: {
        ...v1,
        version: 2,
        idle: { quietSeconds: 90, warningSeconds: 30, finishQuietSeconds: 90 },
        takeHome: { qrEnabled: true, qrHeadings: { es: 'Preguntas para llevar' }, printEnabled: false, printer: '' },
        staff: { language: 'system' },
      },
    });
  });

  it("drops version 1's English QR heading default, so every language shows its own", () => {
    const v1 = {
      ...DEFAULT_SETTINGS,
      version: 1,
      idle: { quietSeconds: 90, warningSeconds: 30, finishReturnSeconds: 120 },
    };
    const { staff: _staff, ...withoutStaff } = v1;
    void _staff;
    const text = JSON.stringify({
      ...withoutStaff,
      takeHome: { qrEnabled: false, qrHeading: 'My questions for my clinician' },
    });
    const result = parseSettingsFile(text);
    expect(result.ok && result.value.takeHome).toEqual({ ...DEFAULT_SETTINGS.takeHome, qrEnabled: false });
    expect(result.ok && result.value.idle.finishQuietSeconds).toBe(120);
  });

  it('leaves current-version data alone and refuses unknown versions', () => {
    expect(migrateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(migrateSettings({ version: 'x' })).toEqual({ ok: false, reason: 'unknown settings version "x"' });
  });
});

describe('SettingsPatchSchema and mergeSettings', () => {
  it('accepts a deep partial and merges it without touching the base', () => {
    const patch = SettingsPatchSchema.parse({ idle: { quietSeconds: 120 }, languages: { default: 'en' } });
    const merged = SettingsSchema.parse(mergeSettings(DEFAULT_SETTINGS, patch));
    expect(merged.idle).toEqual({ ...DEFAULT_SETTINGS.idle, quietSeconds: 120 });
    expect(merged.languages.offered).toEqual(DEFAULT_SETTINGS.languages.offered);
    expect(DEFAULT_SETTINGS.idle.quietSeconds).toBe(90);
  });

  it.each([
    [{ version: 1 }],
    [{ idle: { quietSeconds: 5 } }],
    [{ idle: { quietSeconds: 90.5 } }],
    [{ idle: { sleepSeconds: 90 } }],
    [{ languages: { offered: ['en', 'en'] } }],
    [{ languages: { offered: ['tlh'] } }],
    [{ attract: { clinicName: 'x'.repeat(81) } }],
    [JSON.parse('{"__proto__": {"polluted": true}}')],
    [{ idle: JSON.parse('{"__proto__": {"quietSeconds": 1}}') }],
  ])('rejects %j', (patch) => {
    expect(SettingsPatchSchema.safeParse(patch).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
