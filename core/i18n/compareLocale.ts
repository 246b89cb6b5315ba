import { isStringTree, leafKeys, valueAt, type StringTree } from '../content/stringTree';

/**
 * Checks one locale file against English: the same keys (none missing, none
 * extra), no empty strings, the same interpolation variables, and plural keys
 * in exactly the CLDR categories the language uses (Intl.PluralRules), which is
 * how i18next picks `_one`, `_few`, `_many`…. Pure, so CI and tests share it.
 */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

export type LocaleProblemKind = 'missing' | 'extra' | 'empty' | 'not-a-string' | 'variables';

export interface LocaleProblem {
  kind: LocaleProblemKind;
  key: string;
  detail: string;
}

const PLURAL_KEY = new RegExp(`^(.*)_(${PLURAL_CATEGORIES.join('|')})$`);

/** The CLDR plural categories i18next will ask for in this language. */
function pluralCategoriesFor(code: string): readonly string[] {
  return new Intl.PluralRules(code).resolvedOptions().pluralCategories;
}

/** Variable names in `{{name}}` / `{{name, format}}` placeholders, sorted and unique. */
export function interpolationVariables(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^},\s]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort();
}

/** English plural groups: base key → the English forms present (a group needs `_other`). */
function pluralGroups(englishKeys: readonly string[]): Map<string, Set<PluralCategory>> {
  const keySet = new Set(englishKeys);
  const groups = new Map<string, Set<PluralCategory>>();
  for (const key of englishKeys) {
    const match = PLURAL_KEY.exec(key);
    if (!match?.[1] || !keySet.has(`${match[1]}_other`)) continue;
    const forms = groups.get(match[1]) ?? new Set<PluralCategory>();
    forms.add(match[2] as PluralCategory);
    groups.set(match[1], forms);
  }
  return groups;
}

/** The keys a locale must have: English's plain keys, and each plural group in the language's own categories. */
export function expectedKeys(
  englishKeys: readonly string[],
  code: string,
): Map<string, { englishKey: string; pluralBase?: string }> {
  const groups = pluralGroups(englishKeys);
  const expected = new Map<string, { englishKey: string; pluralBase?: string }>();
  for (const key of englishKeys) {
    const base = PLURAL_KEY.exec(key)?.[1];
    if (base === undefined || !groups.has(base)) expected.set(key, { englishKey: key });
  }
  for (const [base, englishForms] of groups) {
    // i18next looks up `_zero` for a count of 0 in every language, so an English `_zero` is kept everywhere.
    const categories = new Set<string>(pluralCategoriesFor(code));
    if (englishForms.has('zero')) categories.add('zero');
    for (const category of categories)
      expected.set(`${base}_${category}`, { englishKey: `${base}_other`, pluralBase: base });
  }
  return expected;
}

function groupVariables(english: StringTree, base: string): string[] {
  const texts = PLURAL_CATEGORIES.map((c) => valueAt(english, `${base}_${c}`)).filter(
    (v): v is string => typeof v === 'string',
  );
  return [...new Set(texts.flatMap(interpolationVariables))].sort();
}

/** Every way `locale` (for language `code`) differs from `english`; empty when it matches. */
export function compareLocale(english: unknown, locale: unknown, code: string): LocaleProblem[] {
  if (!isStringTree(english)) throw new Error('English resources must be an object of strings');
  if (!isStringTree(locale))
    return [{ kind: 'missing', key: '(file)', detail: 'the file is not an object of strings' }];
  const expected = expectedKeys(leafKeys(english), code);
  const actual = leafKeys(locale);
  const problems: LocaleProblem[] = [];
  for (const key of expected.keys())
    if (!actual.includes(key)) problems.push({ kind: 'missing', key, detail: `not in ${code}` });
  for (const key of actual) {
    const spec = expected.get(key);
    if (!spec) {
      problems.push({ kind: 'extra', key, detail: `in ${code} but not expected from English` });
      continue;
    }
    const value = valueAt(locale, key);
    if (typeof value !== 'string') {
      problems.push({ kind: 'not-a-string', key, detail: `found ${typeof value}` });
      continue;
    }
    if (value.trim() === '') problems.push({ kind: 'empty', key, detail: 'empty string' });
    const found = interpolationVariables(value);
    if (spec.pluralBase === undefined) {
      const wanted = interpolationVariables(String(valueAt(english, key)));
      if (found.join() !== wanted.join())
        problems.push({
          kind: 'variables',
          key,
          detail: `has {${found.join(', ')}}, English has {${wanted.join(', ')}}`,
        });
    } else {
      // A plural form may leave out {{count}} ("one question"), but no other variable, and may add none.
      const wanted = groupVariables(english, spec.pluralBase);
      const required = wanted.filter((name) => name !== 'count');
      const unknown = found.filter((name) => !wanted.includes(name));
      const absent = required.filter((name) => !found.includes(name));
      if (unknown.length > 0 || absent.length > 0)
        problems.push({
          kind: 'variables',
          key,
          detail: `unknown {${unknown.join(', ')}}, missing {${absent.join(', ')}}`,
        });
    }
  }
  return problems;
}
