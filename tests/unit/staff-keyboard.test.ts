import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../core/languages';
import { KEYBOARDS, keyboardForLanguage } from '../../renderer/staff/keyboard/layouts';
import { candidatePage, candidatesFor } from '../../renderer/staff/keyboard/pinyin';
import { deleteLast, typeKey, type TypingState } from '../../renderer/staff/keyboard/typing';

function typeAll(keys: readonly string[], deadKeys: boolean, maxLength = 80): TypingState {
  return keys.reduce<TypingState>((state, key) => typeKey(state, key, { deadKeys, maxLength }), {
    text: '',
    pendingMark: null,
  });
}

describe('typeKey', () => {
  it('dead keys wait for the letter: ´ i → í, ~ a → ã (Portuguese and Spanish layouts)', () => {
    expect(typeAll(['C', 'l', '´', 'i', 'n', 'i', 'c', 'a'], true).text).toBe('Clínica');
    expect(typeAll(['S', '~', 'a', 'o'], true).text).toBe('São');
    // Spanish's key is the combining acute itself; it waits too.
    expect(typeAll(['J', 'o', 's', '\u0301', 'e'], true).text).toBe('José');
    expect(typeAll(['¨', 'u'], true).text).toBe('ü');
  });

  it('a dead key before a space or a letter it cannot go on shows as itself', () => {
    expect(typeAll(['´', ' '], true).text).toBe('´');
    expect(typeAll(['~', 'q'], true).text).toBe('~q');
  });

  it('on keyboards without dead keys the accent characters are plain', () => {
    expect(typeAll(['~', 'a'], false).text).toBe('~a');
  });

  it('a tone mark typed after a letter joins it (Vietnamese ơ + ◌́ → ớ)', () => {
    const typed = typeAll(['ơ', '\u0301'], false).text;
    expect(typed).toBe('ớ');
    expect(typed).toHaveLength(1);
  });

  it('never goes past the length limit', () => {
    expect(typeAll(['a', 'b', 'c', 'd'], false, 3).text).toBe('abc');
  });

  it('delete removes one composed letter, or a waiting accent first', () => {
    expect(deleteLast({ text: 'José', pendingMark: null }).text).toBe('Jos');
    expect(deleteLast({ text: 'Jo', pendingMark: '\u0301' })).toEqual({ text: 'Jo', pendingMark: null });
  });
});

describe('keyboards', () => {
  it('every layout is trimmed for a one-line field and has one Capitals key per row', () => {
    for (const keyboard of KEYBOARDS) {
      for (const [name, rows] of Object.entries(keyboard.layout)) {
        const keys = rows.flatMap((row) => row.split(' '));
        expect(keys, `${keyboard.id}/${name}`).not.toContain('{tab}');
        expect(keys, `${keyboard.id}/${name}`).not.toContain('{enter}');
        expect(keys, `${keyboard.id}/${name}`).not.toContain('.com');
        expect(keys, `${keyboard.id}/${name}`).toContain('{space}');
        for (const row of rows) expect(row.split(' ').filter((k) => k === '{shift}').length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the scripts are really there: Cyrillic, Arabic, Persian, Devanagari letters', () => {
    const keysOf = (id: string) => KEYBOARDS.find((k) => k.id === id)?.layout.default?.join(' ') ?? '';
    expect(keysOf('ru')).toMatch(/\p{Script=Cyrillic}/u);
    expect(keysOf('ar')).toContain('ع');
    expect(keysOf('fa')).toContain('پ');
    expect(keysOf('hi')).toMatch(/\p{Script=Devanagari}/u);
  });

  it('every shipped language has a keyboard, except Korean and Traditional Chinese (presets there)', () => {
    const without = LANGUAGE_CODES.filter((code) => keyboardForLanguage(code) === undefined);
    expect(without).toEqual(['zh-Hant', 'ko']);
  });
});

describe('pinyin', () => {
  const table = KEYBOARDS.find((k) => k.id === 'zh-pinyin')?.candidates ?? {};

  it('turns a spelling into characters', () => {
    expect(candidatesFor(table, 'zhong')).toContain('中');
    expect(candidatesFor(table, 'yi')).toContain('医');
    expect(candidatesFor(table, 'qqq')).toEqual([]);
  });

  it('pages long lists ten at a time', () => {
    const all = candidatesFor(table, 'yi');
    const first = candidatePage(all, 0);
    expect(first.shown).toHaveLength(10);
    expect(first.pages).toBe(Math.ceil(all.length / 10));
    expect(candidatePage(all, 999).shown).toEqual(all.slice((first.pages - 1) * 10));
  });
});
