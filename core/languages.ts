/**
 * The languages the kiosk knows how to show. Which of them a clinic offers, and in
 * what order, is a setting; this catalogue only says what each language *is*.
 */
export type TextDirection = 'ltr' | 'rtl';

/** Script families, each served by one bundled font stack (see renderer/platform/fonts). */
export type ScriptId = 'latin' | 'cyrillic' | 'han-simplified' | 'han-traditional' | 'hangul' | 'arabic' | 'devanagari';

export interface LanguageInfo {
  /** BCP 47 tag, also the folder name under locales/. */
  readonly code: string;
  /** The language's name in its own script, shown on the picker. */
  readonly endonym: string;
  /** English name, shown small beneath the endonym and to staff. */
  readonly englishName: string;
  readonly dir: TextDirection;
  readonly script: ScriptId;
}

export const LANGUAGES = [
  { code: 'en', endonym: 'English', englishName: 'English', dir: 'ltr', script: 'latin' },
  { code: 'es', endonym: 'Español', englishName: 'Spanish', dir: 'ltr', script: 'latin' },
  { code: 'zh-Hans', endonym: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr', script: 'han-simplified' },
  { code: 'zh-Hant', endonym: '繁體中文', englishName: 'Chinese (Traditional)', dir: 'ltr', script: 'han-traditional' },
  { code: 'vi', endonym: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr', script: 'latin' },
  { code: 'tl', endonym: 'Tagalog', englishName: 'Tagalog', dir: 'ltr', script: 'latin' },
  { code: 'ko', endonym: '한국어', englishName: 'Korean', dir: 'ltr', script: 'hangul' },
  { code: 'ru', endonym: 'Русский', englishName: 'Russian', dir: 'ltr', script: 'cyrillic' },
  { code: 'ar', endonym: 'العربية', englishName: 'Arabic', dir: 'rtl', script: 'arabic' },
  { code: 'ht', endonym: 'Kreyòl ayisyen', englishName: 'Haitian Creole', dir: 'ltr', script: 'latin' },
  { code: 'fr', endonym: 'Français', englishName: 'French', dir: 'ltr', script: 'latin' },
  { code: 'pt', endonym: 'Português', englishName: 'Portuguese', dir: 'ltr', script: 'latin' },
  { code: 'pl', endonym: 'Polski', englishName: 'Polish', dir: 'ltr', script: 'latin' },
  { code: 'hi', endonym: 'हिन्दी', englishName: 'Hindi', dir: 'ltr', script: 'devanagari' },
  { code: 'fa', endonym: 'فارسی', englishName: 'Persian', dir: 'rtl', script: 'arabic' },
  { code: 'so', endonym: 'Soomaali', englishName: 'Somali', dir: 'ltr', script: 'latin' },
] as const satisfies readonly LanguageInfo[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** Looks a language up; unknown codes fall back to the default so a patient never sees a broken screen. */
export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}
