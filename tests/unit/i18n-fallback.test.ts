/**
 * i18next as the kiosk configures it: a key missing in the patient's language
 * shows English and is logged once; a key missing everywhere shows nothing
 * (never the raw key); plurals follow each language's CLDR forms.
 */
import i18next from 'i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FALLBACK_WARNING, fallbackWarning } from '../../renderer/platform/i18n/fallbackWarning';

async function kiosk(lng: string, log: { language: string; namespace: string; key: string; fellBackTo?: string }[]) {
  const instance = i18next.createInstance();
  await instance.use(fallbackWarning(log)).init({
    lng,
    fallbackLng: 'en',
    ns: ['ui'],
    defaultNS: 'ui',
    resources: {
      en: {
        ui: {
          greeting: 'Hello',
          onlyEnglish: 'Only in English',
          questions_one: '{{count}} question',
          questions_other: '{{count}} questions',
        },
      },
      es: { ui: { greeting: 'Hola' } },
      ar: {
        ui: {
          greeting: 'مرحبا',
          questions_zero: 'لا أسئلة',
          questions_one: 'سؤال واحد',
          questions_two: 'سؤالان',
          questions_few: '{{count}} أسئلة',
          questions_many: '{{count}} سؤالًا',
          questions_other: '{{count}} سؤال',
        },
      },
    },
    postProcess: [FALLBACK_WARNING],
    postProcessPassResolved: true,
    parseMissingKeyHandler: () => '',
    returnEmptyString: false,
  });
  // The fixture's keys are not the kiosk's typed keys, so look them up untyped.
  return {
    t: (key: string, options?: Record<string, unknown>) =>
      String((instance.t as unknown as (k: string, o?: object) => unknown)(key, options)),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('English fallback', () => {
  test('a key missing in Spanish shows English and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log: { language: string; namespace: string; key: string; fellBackTo?: string }[] = [];
    const i18n = await kiosk('es', log);
    expect(i18n.t('greeting')).toBe('Hola');
    expect(i18n.t('onlyEnglish')).toBe('Only in English');
    expect(i18n.t('onlyEnglish')).toBe('Only in English');
    expect(log).toEqual([{ language: 'es', namespace: 'ui', key: 'onlyEnglish', fellBackTo: 'en' }]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('English itself never warns, and a key missing everywhere is blank, not the key', async () => {
    const log: { language: string; namespace: string; key: string }[] = [];
    const i18n = await kiosk('en', log);
    expect(i18n.t('greeting')).toBe('Hello');
    expect(i18n.t('journey.page.nowhere')).toBe('');
    expect(log).toEqual([]);
  });
});

test('Arabic picks each of its six CLDR plural forms', async () => {
  const i18n = await kiosk('ar', []);
  const forms = [0, 1, 2, 3, 11, 100].map((count) => i18n.t('questions', { count }));
  expect(forms).toEqual(['لا أسئلة', 'سؤال واحد', 'سؤالان', '3 أسئلة', '11 سؤالًا', '100 سؤال']);
});
