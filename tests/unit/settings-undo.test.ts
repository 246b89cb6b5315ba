import { describe, expect, it } from 'vitest';
import { mergeSettings } from '../../core/settings/merge';
import type { SettingsPatch } from '../../core/settings/patch';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../core/settings/schema';
import { undoPatch } from '../../core/settings/undo';

const apply = (settings: Settings, patch: SettingsPatch): Settings =>
  SettingsSchema.parse(mergeSettings(settings, patch));

describe('undoPatch', () => {
  const before: Settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    languages: { offered: ['en', 'es', 'ko'], default: 'en', reviewedOnly: false },
    takeHome: { ...DEFAULT_SETTINGS.takeHome, qrHeadings: { es: 'Mis preguntas' } },
  };

  it.each<[string, SettingsPatch]>([
    ['a number', { idle: { quietSeconds: 300 } }],
    ['a switch', { takeHome: { printEnabled: true } }],
    ['the offered list (replaced whole)', { languages: { offered: ['ko', 'en'] } }],
    ['the default language', { languages: { default: 'es' } }],
    ['a heading the language had', { takeHome: { qrHeadings: { es: 'Preguntas' } } }],
    [
      'several values at once',
      { attract: { clinicName: 'Clínica São José', enabled: false }, staff: { language: 'ru' } },
    ],
  ])('puts back %s exactly', (_, patch) => {
    const after = apply(before, patch);
    expect(after).not.toEqual(before);
    expect(apply(after, undoPatch(before, patch))).toEqual(before);
  });

  it('a heading a language did not have comes back as "not set" (its translated default)', () => {
    const patch: SettingsPatch = { takeHome: { qrHeadings: { ar: 'أسئلتي' } } };
    const undone = apply(apply(before, patch), undoPatch(before, patch));
    expect(undone.takeHome.qrHeadings.ar).toBe('');
    expect(undone.takeHome.qrHeadings.es).toBe('Mis preguntas');
  });

  it('touches only what the change touched', () => {
    expect(undoPatch(before, { idle: { quietSeconds: 300 } })).toEqual({ idle: { quietSeconds: 90 } });
  });
});
