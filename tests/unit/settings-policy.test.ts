import { describe, expect, it, vi } from 'vitest';
import { applySettingsUpdate, effectiveSettings } from '../../core/settings/effective';
import { createSettingsService } from '../../core/settings/service';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';
import type { Policy } from '../../core/settings/patch';

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
