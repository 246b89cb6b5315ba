/**
 * Every shipped locale against English: exactly the same keys (no missing, no
 * stale, none empty), the same interpolation variables, the language's own
 * CLDR plural forms, content that passes the validator, and valid provenance.
 * Strict on purpose: a locale that is not complete fails here, by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT, validateContent } from '../../core/content/index';
import { compareLocale } from '../../core/i18n/compareLocale';
import { LocaleMetaSchema } from '../../core/i18n/provenance';
import { LANGUAGES } from '../../core/languages';

const localesDir = resolve(import.meta.dirname, '../../locales');

function readLocaleFile(code: string, file: string): unknown {
  const path = resolve(localesDir, code, file);
  if (!existsSync(path)) throw new Error(`locales/${code}/${file} does not exist`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

const english = { ui: readLocaleFile('en', 'ui.json'), content: readLocaleFile('en', 'content.json') };
const codes = LANGUAGES.map((language) => language.code);

describe.each(codes)('locale %s', (code) => {
  test.each(['ui', 'content'] as const)(
    '%s.json has exactly English keys, variables and this language’s plural forms',
    (namespace) => {
      const problems = compareLocale(english[namespace], readLocaleFile(code, `${namespace}.json`), code);
      expect(problems.map((p) => `${p.kind} ${p.key}: ${p.detail}`)).toEqual([]);
    },
  );

  test('content.json passes the content validator', () => {
    const diagnostics = validateContent(CONTENT, readLocaleFile(code, 'content.json'));
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path}: ${d.message}`)).toEqual(
      [],
    );
  });

  test('meta.json records its translation provenance', () => {
    const parsed = LocaleMetaSchema.safeParse(readLocaleFile(code, 'meta.json'));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});

test('no locale folder exists for a language the catalogue does not know', async () => {
  const { readdirSync } = await import('node:fs');
  const folders = readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(folders.filter((folder) => !(codes as readonly string[]).includes(folder))).toEqual([]);
});
