import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/languages';
import { resolveStaffLanguage, shippedLanguageFor } from '../../core/settings/staffLanguage';

describe('shippedLanguageFor', () => {
  it.each([
    ['en-US', 'en'],
    ['es-419', 'es'],
    ['pt-BR', 'pt'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['ZH-hant', 'zh-Hant'],
    ['fil-PH', 'tl'],
    ['fa-IR', 'fa'],
    ['ar-EG', 'ar'],
  ])('%s → %s', (tag, code) => {
    expect(shippedLanguageFor(tag, LANGUAGE_CODES)).toBe(code);
  });

  it.each(['de-DE', 'ja', '', '  ', 'x-klingon'])('%j is not shipped', (tag) => {
    expect(shippedLanguageFor(tag, LANGUAGE_CODES)).toBeUndefined();
  });

  it('only answers with languages the kiosk ships', () => {
    const shipped: LanguageCode[] = ['en', 'es'];
    expect(shippedLanguageFor('zh-TW', shipped)).toBeUndefined();
    expect(shippedLanguageFor('fil', shipped)).toBeUndefined();
    expect(shippedLanguageFor('es-MX', shipped)).toBe('es');
  });
});

describe('resolveStaffLanguage', () => {
  it('a chosen language wins over the computer’s', () => {
    expect(resolveStaffLanguage('ru', ['es-ES'], LANGUAGE_CODES)).toBe('ru');
  });

  it("'system' takes the first preferred language the kiosk ships", () => {
    expect(resolveStaffLanguage('system', ['de-DE', 'vi-VN', 'en-US'], LANGUAGE_CODES)).toBe('vi');
  });

  it("'system' falls back to English when the computer's languages are not shipped", () => {
    expect(resolveStaffLanguage('system', ['de-DE', 'ja-JP'], LANGUAGE_CODES)).toBe('en');
    expect(resolveStaffLanguage('system', [], LANGUAGE_CODES)).toBe('en');
  });

  it('a chosen language that is not shipped falls back to English', () => {
    expect(resolveStaffLanguage('ko', [], ['en', 'es'])).toBe('en');
  });
});
