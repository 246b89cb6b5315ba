/**
 * The safety net must reach every patient in their own language: in every
 * translation each safety-net string exists, differs from English, and carries
 * no English words left over from the source (beyond an allow-list of names and
 * loanwords a language really uses). meta.json's `reviewFirst` must point at real
 * keys, safety net included, so a reviewer starts in the right place.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONTENT,
  blockKeys,
  choiceFeedbackKey,
  choiceLabelKey,
  keyMessageKey,
  pageById,
  questionById,
  questionPromptKey,
} from '../../core/content/index';
import { valueAt, leafKeys, type StringTree } from '../../core/content/stringTree';
import { LANGUAGES } from '../../core/languages';

const localesDir = resolve(import.meta.dirname, '../../locales');
const read = (code: string, file: string): StringTree =>
  JSON.parse(readFileSync(resolve(localesDir, code, file), 'utf8')) as StringTree;

/** Every content key the safety-net review flags cover. */
function safetyNetKeys(): string[] {
  return CONTENT.reviewFlags
    .filter((flag) => flag.safetyNet)
    .flatMap((flag) => {
      if (flag.target === 'keyMessage') return [keyMessageKey(flag.id)];
      if (flag.target === 'page') {
        const page = pageById(flag.id);
        return page ? page.blocks.flatMap((block) => blockKeys(page.id, block)) : [];
      }
      const question = questionById(flag.id);
      return question
        ? [
            questionPromptKey(question.id),
            ...question.choices.flatMap((c) => [
              choiceLabelKey(question.id, c.id),
              choiceFeedbackKey(question.id, c.id),
            ]),
          ]
        : [];
    });
}

/** Words every language may keep as they are. */
const ALLOWED_EVERYWHERE = new Set(['b12']);
/**
 * Latin-script words a language really uses that happen to be spelt as in English
 * (checked by the translator; keep each entry justified in docs/translations.md).
 */
const ALLOWED_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  es: ['normal', 'gas'],
  fr: ['normal', 'urgence'],
  pt: ['normal'],
  tl: ['stroke', 'normal', 'nurse', 'laughing', 'gas'],
  ht: ['normal'],
  pl: [],
  vi: [],
  so: [],
};

const words = (text: string): string[] => text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [];

/** English words of the source that survive in the translation, apart from allowed ones. */
function leftoverEnglish(english: string, translated: string, code: string): string[] {
  const source = new Set(words(english));
  const allowed = new Set([...ALLOWED_EVERYWHERE, ...(ALLOWED_BY_LANGUAGE[code] ?? [])]);
  return [...new Set(words(translated))].filter((word) => source.has(word) && !allowed.has(word));
}

const englishContent = read('en', 'content.json');
const translations = LANGUAGES.filter((language) => language.code !== 'en').map((language) => language.code);

describe('the safety net in every language', () => {
  test('there are safety-net strings to check (emergency, same-day and soon tiers, the check, the key message)', () => {
    const keys = safetyNetKeys();
    expect(keys).toEqual(
      expect.arrayContaining([
        'pages.help-emergency.callout',
        'pages.help-same-day.list.fall',
        'pages.help-soon.list.slow',
        'questions.q-urgent.prompt',
        'keyMessages.get-help',
      ]),
    );
  });

  test('the leftover-English check finds English left in a translation', () => {
    expect(leftoverEnglish('Get help now if weakness spreads', 'Obtenga ayuda now si weakness', 'es')).toEqual([
      'now',
      'weakness',
    ]);
    expect(leftoverEnglish('Your B12 is normal', 'Su B12 es normal', 'es')).toEqual([]);
  });

  test.each(translations)('%s: every safety-net string is translated, with no English left in it', (code) => {
    const strings = read(code, 'content.json');
    const problems = safetyNetKeys().flatMap((key) => {
      const english = String(valueAt(englishContent, key));
      const translated = valueAt(strings, key);
      if (typeof translated !== 'string' || translated.trim() === '') return [`${key}: missing`];
      if (translated.trim() === english.trim()) return [`${key}: still English`];
      const leftover = leftoverEnglish(english, translated, code);
      return leftover.length > 0 ? [`${key}: English words left: ${leftover.join(', ')}`] : [];
    });
    expect(problems).toEqual([]);
  });

  test.each(LANGUAGES.map((l) => l.code))('%s: meta.json reviewFirst names real keys, the safety net first', (code) => {
    const meta = read(code, 'meta.json') as { reviewFirst?: unknown };
    const patterns = Array.isArray(meta.reviewFirst) ? meta.reviewFirst.map(String) : [];
    const keysOf = { content: leafKeys(read(code, 'content.json')), ui: leafKeys(read(code, 'ui.json')) };
    const matches = (pattern: string) => {
      const [namespace, key = ''] = pattern.split(/:(.*)/s);
      const all = namespace === 'ui' ? keysOf.ui : keysOf.content;
      return key.endsWith('.*') ? all.some((k) => k.startsWith(key.slice(0, -1))) : all.includes(key);
    };
    expect(patterns.filter((pattern) => !matches(pattern))).toEqual([]);
    expect(patterns[0]).toBe('content:pages.help-emergency.*');
  });
});
