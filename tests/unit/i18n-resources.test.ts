/**
 * Every language's words are reachable as a lazy chunk. A glob that matches
 * nothing (say, after a folder move) fails silently in the build: the kiosk
 * would quietly offer English only. This test fails instead.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../core/languages';
import { loadLocaleNamespace } from '../../renderer/platform/i18n/resources';

describe('locale chunks', () => {
  test.each(LANGUAGES.filter((l) => l.code !== 'en').map((l) => l.code))('%s: ui and content load', async (code) => {
    const ui = await loadLocaleNamespace(code, 'ui');
    const content = await loadLocaleNamespace(code, 'content');
    expect(Object.keys(ui ?? {})).toContain('journey');
    expect(Object.keys(content ?? {})).toContain('pages');
  });

  test('an unknown language has no chunk (and does not throw)', async () => {
    expect(await loadLocaleNamespace('tlh', 'ui')).toBeUndefined();
  });
});
