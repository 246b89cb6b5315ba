/** The locale checker, provenance schema and pseudo-locale, on small fixtures that must fail. */
import { describe, expect, test } from 'vitest';
import { compareLocale, expectedKeys, interpolationVariables } from '../../core/i18n/compareLocale';
import { fontFamilyFor } from '../../core/i18n/fonts';
import { languageProfiles } from '../../core/i18n/languageProfiles';
import { LocaleMetaSchema, parseMetaFiles } from '../../core/i18n/provenance';
import { pseudoLocalizeString, pseudoLocalizeTree } from '../../core/i18n/pseudoLocalize';
import { languageInfo } from '../../core/languages';

const english = {
  a: { hello: 'Hello {{name}}', items_zero: 'None', items_one: '{{count}} item', items_other: '{{count}} items' },
};
const kinds = (problems: { kind: string; key: string }[]) => problems.map((p) => `${p.kind} ${p.key}`);

describe('compareLocale', () => {
  test('accepts a locale with the same keys and its own plural categories', () => {
    const polish = {
      a: {
        hello: 'Cześć {{name}}',
        items_zero: 'Brak',
        items_one: '{{count}} rzecz',
        items_few: '{{count}} rzeczy',
        items_many: '{{count}} rzeczy',
        items_other: '{{count}} rzeczy',
      },
    };
    expect(compareLocale(english, polish, 'pl')).toEqual([]);
  });

  test('Arabic needs all six forms; Chinese only other (plus the English zero)', () => {
    expect([...expectedKeys(['x_one', 'x_other'], 'ar').keys()].sort()).toEqual([
      'x_few',
      'x_many',
      'x_one',
      'x_other',
      'x_two',
      'x_zero',
    ]);
    expect([...expectedKeys(['x_zero', 'x_one', 'x_other'], 'zh-Hans').keys()].sort()).toEqual(['x_other', 'x_zero']);
  });

  test('names missing, extra, empty and wrong-variable keys', () => {
    const broken = {
      a: { hello: 'Hola {{nombre}}', items_zero: ' ', items_one: 'uno', items_other: '{{count}}', stale: 'x' },
    };
    expect(kinds(compareLocale(english, broken, 'es')).sort()).toEqual([
      'empty a.items_zero',
      'extra a.stale',
      'missing a.items_many',
      'variables a.hello',
    ]);
  });

  test('reads variable names with formats and spaces', () => {
    expect(interpolationVariables('{{ count, number }} of {{total}} {{count}}')).toEqual(['count', 'total']);
  });
});

describe('locale provenance', () => {
  const draft = {
    status: 'draft',
    producer: { kind: 'team', name: 'T', method: 'Written by the test suite.' },
    reviewer: null,
    reviewedOn: null,
    contentReviewDate: '2026-11-23',
    notes: '',
    reviewFirst: ['content:pages.help-now.*'],
  };

  test('a draft needs no reviewer; "reviewed" must name the reviewer and date', () => {
    expect(LocaleMetaSchema.safeParse(draft).success).toBe(true);
    expect(LocaleMetaSchema.safeParse({ ...draft, status: 'reviewed' }).success).toBe(false);
    expect(
      LocaleMetaSchema.safeParse({
        ...draft,
        status: 'reviewed',
        reviewer: 'A. Reviewer, certified medical translator',
        reviewedOn: '2026-12-01',
      }).success,
    ).toBe(true);
    expect(LocaleMetaSchema.safeParse({ ...draft, reviewedOn: '1 Dec 2026' }).success).toBe(false);
  });

  test('a translation must say who or what produced it and how, and what to review first', () => {
    const { producer: _producer, ...withoutProducer } = draft;
    void _producer;
    expect(LocaleMetaSchema.safeParse(withoutProducer).success).toBe(false);
    expect(LocaleMetaSchema.safeParse({ ...draft, producer: { kind: 'tool', name: 'X' } }).success).toBe(false);
    expect(LocaleMetaSchema.safeParse({ ...draft, producer: { ...draft.producer, kind: 'robot' } }).success).toBe(
      false,
    );
    expect(LocaleMetaSchema.safeParse({ ...draft, reviewFirst: [] }).success).toBe(false);
    expect(LocaleMetaSchema.safeParse({ ...draft, reviewFirst: ['pages.help-now'] }).success).toBe(false);
  });

  test('a missing or broken meta file makes the translation missing (never offered), never a crash', () => {
    const profiles = languageProfiles(
      parseMetaFiles({ 'locales/en/meta.json': draft, 'locales/es/meta.json': { status: 'approved' } }),
    );
    expect(profiles.find((p) => p.code === 'en')).toMatchObject({ status: 'draft', meta: { status: 'draft' } });
    expect(profiles.find((p) => p.code === 'es')).toMatchObject({ status: 'missing', meta: null });
    expect(profiles.find((p) => p.code === 'ko')).toMatchObject({ status: 'missing', meta: null });
    expect(profiles).toHaveLength(16);
  });

  test('each script has its bundled font; Vietnamese uses Noto Sans for its stacked diacritics', () => {
    expect(fontFamilyFor(languageInfo('zh-Hant'))).toBe('Noto Sans TC');
    expect(fontFamilyFor(languageInfo('fa'))).toBe('Noto Sans Arabic');
    expect(fontFamilyFor(languageInfo('vi'))).toBe('Noto Sans');
    expect(fontFamilyFor(languageInfo('es'))).toBe('Atkinson Hyperlegible');
  });
});

describe('pseudo-locale', () => {
  test('accents, lengthens by about 40 % and brackets, keeping placeholders', () => {
    const text = 'Step {{step}} of {{total}}';
    const pseudo = pseudoLocalizeString(text);
    expect(pseudo).toMatch(/^⟦.*⟧$/);
    expect(interpolationVariables(pseudo)).toEqual(['step', 'total']);
    expect(pseudo).not.toContain('Step');
    const visible = (s: string) => s.replace(/\{\{[^}]+\}\}/g, '').length;
    expect(visible(pseudo)).toBeGreaterThanOrEqual(visible(text) * 1.4);
  });

  test('keeps the shape of a resource tree', () => {
    expect(pseudoLocalizeTree({ a: { b: 'Back' } })).toEqual({ a: { b: expect.stringMatching(/^⟦Ɓàçķ .+⟧$/) } });
  });
});
