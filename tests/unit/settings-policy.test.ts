import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applySettingsUpdate, effectiveSettings } from '../../core/settings/effective';
import { createSettingsService } from '../../core/settings/service';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';
import type { Policy } from '../../core/settings/patch';
import { defaultPolicyPath, policyLocation } from '../../main/policy/policyPath';
import { loadPolicy } from '../../main/policyFile';

const saved: Settings = {
  ...DEFAULT_SETTINGS,
  languages: { offered: ['fr', 'en', 'es'], default: 'fr', reviewedOnly: false },
  idle: { ...DEFAULT_SETTINGS.idle, quietSeconds: 200 },
  attract: { enabled: true, clinicName: 'North' },
};
const policy: Policy = { languages: { offered: ['en', 'es'] }, idle: { quietSeconds: 60 } };

describe('effectiveSettings: defaults ← saved ← policy', () => {
  it('without a policy, saved settings win over defaults and nothing is locked', () => {
    expect(effectiveSettings(DEFAULT_SETTINGS, saved, null)).toEqual({
      settings: saved,
      lockedPaths: [],
      policyProblem: null,
    });
    expect(effectiveSettings(DEFAULT_SETTINGS, null, null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('the policy wins where it speaks, locks exactly those paths, and keeps the rest of the saved settings', () => {
    const result = effectiveSettings(DEFAULT_SETTINGS, saved, policy);
    expect(result.lockedPaths).toEqual(['languages.offered', 'idle.quietSeconds']);
    expect(result.settings.idle.quietSeconds).toBe(60);
    expect(result.settings.languages.offered).toEqual(['en', 'es']);
    expect(result.settings.attract.clinicName).toBe('North');
    // The saved default (fr) is no longer offered: the first offered language takes over.
    expect(result.settings.languages.default).toBe('en');
  });

  it('a policy that cannot be applied is ignored and reported', () => {
    const impossible: Policy = { languages: { offered: ['en'], default: 'es' } };
    const result = effectiveSettings(DEFAULT_SETTINGS, saved, impossible);
    expect(result).toEqual({
      settings: saved,
      lockedPaths: [],
      policyProblem: 'languages.default: the default language must be offered',
    });
  });
});

describe('applySettingsUpdate under a policy', () => {
  it('rejects changing a locked path, or a parent of one, with a clear error', () => {
    expect(applySettingsUpdate(DEFAULT_SETTINGS, saved, policy, { idle: { quietSeconds: 300 } })).toEqual({
      ok: false,
      error: '"idle.quietSeconds" is set by the managed policy and cannot be changed here',
    });
    expect(
      applySettingsUpdate(
        DEFAULT_SETTINGS,
        saved,
        { idle: policy.idle },
        { idle: { quietSeconds: 300, warningSeconds: 20 } },
      ).ok,
    ).toBe(false);
    expect(
      applySettingsUpdate(
        DEFAULT_SETTINGS,
        saved,
        { languages: { offered: ['en'] } },
        { languages: { offered: ['en', 'fr'] } },
      ).ok,
    ).toBe(false);
  });

  it('allows unlocked paths, and a locked path sent with the value already in force', () => {
    const result = applySettingsUpdate(DEFAULT_SETTINGS, saved, policy, {
      idle: { quietSeconds: 60, warningSeconds: 40 },
      attract: { clinicName: 'South' },
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.saved.idle.warningSeconds).toBe(40);
  });

  it('rejects a default language the policy does not offer', () => {
    expect(applySettingsUpdate(DEFAULT_SETTINGS, saved, policy, { languages: { default: 'fr' } })).toEqual({
      ok: false,
      error: 'invalid settings: languages.default: the default language must be offered',
    });
  });

  it('through the service: locked paths and notices reach staff', () => {
    const store = { read: () => null, write: vi.fn(), setAside: vi.fn() };
    const service = createSettingsService({ store, policy: { policy, notice: null } });
    expect(service.getSettings().lockedPaths).toEqual(['languages.offered', 'idle.quietSeconds']);
    expect(() => service.updateSettings({ languages: { offered: ['en'] } })).toThrow(/managed policy/);
    expect(store.write).not.toHaveBeenCalled();
    const withBadPolicy = createSettingsService({
      store,
      policy: {
        policy: null,
        notice: 'The managed policy file /etc/b12-kiosk/policy.json is invalid (x) and is ignored.',
      },
    });
    expect(withBadPolicy.getSettings()).toEqual({
      settings: DEFAULT_SETTINGS,
      lockedPaths: [],
      notice: 'The managed policy file /etc/b12-kiosk/policy.json is invalid (x) and is ignored.',
    });
  });
});

describe('where the policy file is looked for', () => {
  it('--policy= wins over the environment, which wins over the per-OS default', () => {
    expect(policyLocation('/opt/p.json', { B12_KIOSK_POLICY: '/env/p.json' }, 'linux')).toEqual({
      path: '/opt/p.json',
      explicit: true,
    });
    expect(policyLocation(undefined, { B12_KIOSK_POLICY: '/env/p.json' }, 'linux')).toEqual({
      path: '/env/p.json',
      explicit: true,
    });
    expect(policyLocation(undefined, {}, 'linux')).toEqual({ path: '/etc/b12-kiosk/policy.json', explicit: false });
  });

  it('has a default per OS', () => {
    expect(defaultPolicyPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\B12Kiosk\\policy.json',
    );
    expect(defaultPolicyPath('win32', {})).toBe('C:\\ProgramData\\B12Kiosk\\policy.json');
    expect(defaultPolicyPath('darwin', {})).toBe('/Library/Application Support/B12Kiosk/policy.json');
    expect(defaultPolicyPath('linux', {})).toBe('/etc/b12-kiosk/policy.json');
  });
});

describe('loadPolicy (real files)', () => {
  let dir: string;
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kiosk-policy-'));
    vi.clearAllMocks();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a valid policy', () => {
    const file = path.join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify(policy));
    expect(loadPolicy({ path: file, explicit: false }, log)).toEqual({ policy, notice: null });
  });

  it('a missing file at the default place is simply no policy', () => {
    expect(loadPolicy({ path: path.join(dir, 'none.json'), explicit: false }, log)).toEqual({
      policy: null,
      notice: null,
    });
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('a missing file someone asked for is logged and shown to staff', () => {
    const result = loadPolicy({ path: path.join(dir, 'none.json'), explicit: true }, log);
    expect(result.policy).toBeNull();
    expect(result.notice).toMatch(/could not be read \(not found\); no policy is applied/);
    expect(log.warn).toHaveBeenCalled();
  });

  it.each(['{"idle":', '{"idle":{"quietSeconds":1}}', '{"pin":"1234"}', ''])(
    'an invalid policy %j is logged, ignored and shown to staff',
    (text) => {
      const file = path.join(dir, 'policy.json');
      writeFileSync(file, text);
      const result = loadPolicy({ path: file, explicit: false }, log);
      expect(result.policy).toBeNull();
      expect(result.notice).toMatch(
        new RegExp(
          `^The managed policy file ${file.replace(/[.\\/]/g, '\\$&')} is invalid \\(.+\\) and is ignored\\.$`,
        ),
      );
      expect(log.error).toHaveBeenCalledTimes(1);
    },
  );
});
