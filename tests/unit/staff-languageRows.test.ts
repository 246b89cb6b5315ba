import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';
import type { MetaByCode, TranslationMeta } from '../../core/translationMeta';
import { languageRows, moved, toggled } from '../../renderer/staff/screen/sections/languageRows';

const messages = { missing: 'missing', isDefault: 'default', last: 'last' };
const unlocked = { offered: false, default: false };
const draft: TranslationMeta = {
  status: 'draft',
  producer: { kind: 'team', name: 'T', method: 'Written by the test suite.' },
  reviewer: null,
  reviewedOn: null,
  contentReviewDate: '2026-11-23',
  notes: '',
  reviewFirst: ['content:pages.help-now.*'],
};

function withLanguages(languages: Settings['languages']): Settings {
  return { ...DEFAULT_SETTINGS, languages };
}

describe('staff language rows', () => {
  it('lists all 16 languages: the switched-on ones first in patient order', () => {
    const rows = languageRows(
      withLanguages({ offered: ['ko', 'en'], default: 'en', reviewedOnly: false }),
      { en: draft, ko: draft },
      unlocked,
      messages,
    );
    expect(rows).toHaveLength(16);
    expect(rows.slice(0, 3).map((r) => [r.info.code, r.on])).toEqual([
      ['ko', true],
      ['en', true],
      ['es', false],
    ]);
    expect(rows[0]).toMatchObject({ canMoveUp: false, canMoveDown: true });
  });

  it('a language with no translation cannot be switched on; the default and the last one cannot be switched off', () => {
    const meta: MetaByCode = { en: draft, ko: draft };
    const rows = languageRows(
      withLanguages({ offered: ['ko', 'en'], default: 'en', reviewedOnly: false }),
      meta,
      unlocked,
      messages,
    );
    const by = (code: string) => rows.find((r) => r.info.code === code);
    expect(by('fr')?.switchBlockedBy).toBe('missing');
    expect(by('en')?.switchBlockedBy).toBe('default');
    expect(by('ko')?.switchBlockedBy).toBeNull();
    const alone = languageRows(
      withLanguages({ offered: ['en'], default: 'en', reviewedOnly: false }),
      meta,
      unlocked,
      messages,
    );
    expect(alone[0]?.switchBlockedBy).toBe('last');
  });

  it('marks drafts hidden by reviewed-only, but not the default', () => {
    const rows = languageRows(
      withLanguages({ offered: ['en', 'ko'], default: 'en', reviewedOnly: true }),
      { en: draft, ko: draft },
      unlocked,
      messages,
    );
    expect(rows.filter((r) => r.hiddenAsDraft).map((r) => r.info.code)).toEqual(['ko']);
  });

  it('toggles and moves within the offered list', () => {
    expect(toggled(['en', 'es'], 'ko')).toEqual(['en', 'es', 'ko']);
    expect(toggled(['en', 'es'], 'es')).toEqual(['en']);
    expect(moved(['en', 'es', 'ko'], 'ko', -1)).toEqual(['en', 'ko', 'es']);
    expect(moved(['en', 'es', 'ko'], 'en', -1)).toEqual(['en', 'es', 'ko']);
  });
});
