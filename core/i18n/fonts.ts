import type { LanguageCode, LanguageInfo, ScriptId } from '../languages';

/** The font stack each script is drawn with; the files are bundled (renderer/platform/fonts). */
const SCRIPT_FONT_FAMILY: Readonly<Record<ScriptId, string>> = {
  latin: 'Atkinson Hyperlegible',
  cyrillic: 'Noto Sans',
  'han-simplified': 'Noto Sans SC',
  'han-traditional': 'Noto Sans TC',
  hangul: 'Noto Sans KR',
  arabic: 'Noto Sans Arabic',
  devanagari: 'Noto Sans Devanagari',
};

/** Atkinson Hyperlegible lacks Vietnamese's stacked diacritics; mixing fonts inside a word looks broken. */
const LANGUAGE_FONT_OVERRIDES: Partial<Record<LanguageCode, string>> = { vi: 'Noto Sans' };

/** The primary font family a language's text is drawn in. */
export function fontFamilyFor(language: LanguageInfo): string {
  return LANGUAGE_FONT_OVERRIDES[language.code] ?? SCRIPT_FONT_FAMILY[language.script];
}
