import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';
import { defaultKeptUnreviewed, offeredLanguages } from '../../core/settings/offeredLanguages';
import { parseMetaFiles, type LocaleMeta, type MetaByCode } from '../../core/i18n/provenance';
import type { LanguageCode } from '../../core/languages';

const draft: LocaleMeta = {
  status: 'draft',
  producer: { kind: 'team', name: 'T', method: 'Written by the test suite.' },
  reviewer: null,
  reviewedOn: null,
  contentReviewDate: '2026-11-23',
  notes: '',
  reviewFirst: ['content:pages.help-now.*'],
};
const reviewed: LocaleMeta = {
  status: 'reviewed',
  producer: { kind: 'team', name: 'T', method: 'Written by the test suite.' },
  reviewer: 'R',
  reviewedOn: '2026-11-01',
  contentReviewDate: '2026-11-23',
  notes: '',
  reviewFirst: ['content:pages.help-now.*'],
};

function choice(offered: LanguageCode[], defaultCode: LanguageCode, reviewedOnly = false): Pick<Settings, 'languages'> {
  return { languages: { offered, default: defaultCode, reviewedOnly } };
}

describe('offeredLanguages', () => {
  const meta: MetaByCode = { en: draft, es: reviewed, ko: draft };

  it('keeps the clinic order and leaves out languages with no translation', () => {
    expect(offeredLanguages(choice(['ko', 'fr', 'en', 'es'], 'en'), meta)).toEqual(['ko', 'en', 'es']);
  });

  it('with reviewed-only, hides drafts but always keeps the default language', () => {
    const settings = choice(['ko', 'en', 'es'], 'en', true);
    expect(offeredLanguages(settings, meta)).toEqual(['en', 'es']);
    expect(defaultKeptUnreviewed(settings, meta)).toBe(true);
    expect(defaultKeptUnreviewed(choice(['es', 'en'], 'es', true), meta)).toBe(false);
  });

  it('never offers nothing: with every translation a draft, the default remains', () => {
    expect(offeredLanguages(choice(['ko', 'en'], 'en', true), { en: draft, ko: draft })).toEqual(['en']);
  });

  it('with the defaults and no meta at all, offers just the default', () => {
    expect(offeredLanguages(DEFAULT_SETTINGS, {})).toEqual(['en']);
  });
});

describe('parseMetaFiles', () => {
  it('keys meta by folder and drops files that do not match the schema or are not catalogue languages', () => {
    const parsed = parseMetaFiles({
      '../../locales/ko/meta.json': { default: draft },
      '../../locales/es/meta.json': { default: { status: 'final' } },
      '../../locales/xx/meta.json': { default: draft },
    });
    expect(Object.keys(parsed)).toEqual(['ko']);
  });

  it('reads every shipped locales/*/meta.json (an unreadable one would silently hide that language)', () => {
    const root = path.resolve(import.meta.dirname, '../../locales');
    const codes = readdirSync(root).filter((code) => existsSync(path.join(root, code, 'meta.json')));
    // Keyed as import.meta.glob keys them (forward slashes on every OS).
    const files = Object.fromEntries(
      codes.map((code) => [
        `../../locales/${code}/meta.json`,
        JSON.parse(readFileSync(path.join(root, code, 'meta.json'), 'utf8')) as unknown,
      ]),
    );
    expect(codes.length).toBeGreaterThan(0);
    expect(Object.keys(parseMetaFiles(files)).sort()).toEqual([...codes].sort());
  });
});
