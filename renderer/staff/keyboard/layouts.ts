import arabic from 'simple-keyboard-layouts/build/layouts/arabic';
import brazilian from 'simple-keyboard-layouts/build/layouts/brazilian';
import chinese from 'simple-keyboard-layouts/build/layouts/chinese';
import english from 'simple-keyboard-layouts/build/layouts/english';
import farsi from 'simple-keyboard-layouts/build/layouts/farsi';
import french from 'simple-keyboard-layouts/build/layouts/french';
import hindi from 'simple-keyboard-layouts/build/layouts/hindi';
import polish from 'simple-keyboard-layouts/build/layouts/polish';
import russian from 'simple-keyboard-layouts/build/layouts/russian';
import spanish from 'simple-keyboard-layouts/build/layouts/spanish';
import type { LanguageCode, TextDirection } from '../../../core/languages';

/**
 * The on-screen keyboards staff can type with: simple-keyboard-layouts' layouts for each shipped
 * script, trimmed for a one-line field, plus an accents layer on every Latin keyboard.
 * Korean and Traditional Chinese have no layout here: staff pick a translated preset heading
 * or use a real keyboard (see TextEditor).
 */
export type KeyboardId = 'en' | 'es' | 'fr' | 'pt' | 'pl' | 'vi' | 'ru' | 'ar' | 'fa' | 'hi' | 'zh-pinyin';

export interface KeyboardSpec {
  id: KeyboardId;
  /** The keyboard's name in its own language, on its button. */
  label: string;
  /** For the button's lang attribute (and its font). */
  lang: LanguageCode;
  dir: TextDirection;
  layout: Record<string, string[]>;
  /** Accent keys wait for the next letter (´ then e gives é), as on that country's keyboards. */
  deadKeys: boolean;
  /** The script has capitals: an empty field starts with one (Latin, Cyrillic). */
  cased: boolean;
  /** Letters are spelled in pinyin and turned into characters from a candidate list. */
  candidates?: Readonly<Record<string, string>>;
}

/** Keys a one-line field has no use for. */
const DROPPED = new Set(['{tab}', '{enter}', '{lock}', '.com']);

/** One Capitals key per row is enough on a touch screen (and gives each key one name). */
function withoutSecondShift(keys: string[]): string[] {
  const first = keys.indexOf('{shift}');
  return keys.filter((key, index) => key !== '{shift}' || index === first);
}

function trimmed(rows: readonly string[], lastRow: string): string[] {
  const kept = rows
    .slice(0, -1)
    .map((row) => withoutSecondShift(row.split(' ').filter((key) => key !== '' && !DROPPED.has(key))).join(' '))
    .filter((row) => row !== '');
  return [...kept, lastRow];
}

/** Accented letters and (for Vietnamese) tone marks typed after the letter. */
const ACCENT_ROWS = [
  'á à â ä ã å ą ć č ç {bksp}',
  'é è ê ë ę ě í ì î ï',
  'ó ò ô ö õ ø ú ù û ü',
  '{shift} ñ ń ł ś š ź ż ž ý ÿ',
  'ă đ ơ ư ß æ œ \u0301 \u0300 \u0309 \u0303 \u0323',
];

function shiftedRow(row: string): string {
  return row
    .split(' ')
    .map((key) => (key.startsWith('{') || key === 'ß' ? key : key.toUpperCase()))
    .join(' ');
}

function latin(layout: { layout: Record<string, string[]> }): Record<string, string[]> {
  const rows = (name: string) => layout.layout[name] ?? layout.layout.default ?? [];
  return {
    default: trimmed(rows('default'), '{accents} {space}'),
    shift: trimmed(rows('shift'), '{accents} {space}'),
    accents: [...ACCENT_ROWS, '{abc} {space}'],
    accentsShift: [...ACCENT_ROWS.map(shiftedRow), '{abc} {space}'],
  };
}

function other(layout: { layout: Record<string, string[]> }): Record<string, string[]> {
  const rows = (name: string) => layout.layout[name] ?? layout.layout.default ?? [];
  return { default: trimmed(rows('default'), '{space}'), shift: trimmed(rows('shift'), '{space}') };
}

export const KEYBOARDS: readonly KeyboardSpec[] = [
  { id: 'en', label: 'English', lang: 'en', dir: 'ltr', layout: latin(english), deadKeys: false, cased: true },
  { id: 'es', label: 'Español', lang: 'es', dir: 'ltr', layout: latin(spanish), deadKeys: true, cased: true },
  { id: 'fr', label: 'Français', lang: 'fr', dir: 'ltr', layout: latin(french), deadKeys: true, cased: true },
  { id: 'pt', label: 'Português', lang: 'pt', dir: 'ltr', layout: latin(brazilian), deadKeys: true, cased: true },
  { id: 'pl', label: 'Polski', lang: 'pl', dir: 'ltr', layout: latin(polish), deadKeys: true, cased: true },
  // No Vietnamese layout upstream: QWERTY, with ă â đ ê ô ơ ư and the tone marks on the accents layer.
  { id: 'vi', label: 'Tiếng Việt', lang: 'vi', dir: 'ltr', layout: latin(english), deadKeys: false, cased: true },
  { id: 'ru', label: 'Русский', lang: 'ru', dir: 'ltr', layout: other(russian), deadKeys: false, cased: true },
  { id: 'ar', label: 'العربية', lang: 'ar', dir: 'rtl', layout: other(arabic), deadKeys: false, cased: false },
  { id: 'fa', label: 'فارسی', lang: 'fa', dir: 'rtl', layout: other(farsi), deadKeys: false, cased: false },
  { id: 'hi', label: 'हिन्दी', lang: 'hi', dir: 'ltr', layout: other(hindi), deadKeys: false, cased: false },
  {
    id: 'zh-pinyin',
    label: '拼音',
    lang: 'zh-Hans',
    dir: 'ltr',
    layout: other(chinese),
    deadKeys: false,
    cased: false,
    candidates: (chinese as { layoutCandidates?: Record<string, string> }).layoutCandidates ?? {},
  },
];

/** Which keyboard suits text in a language (Tagalog, Haitian Creole and Somali type on QWERTY). */
const FOR_LANGUAGE: Partial<Record<LanguageCode, KeyboardId>> = {
  en: 'en',
  tl: 'en',
  ht: 'en',
  so: 'en',
  es: 'es',
  fr: 'fr',
  pt: 'pt',
  pl: 'pl',
  vi: 'vi',
  ru: 'ru',
  ar: 'ar',
  fa: 'fa',
  hi: 'hi',
  'zh-Hans': 'zh-pinyin',
};

/** The keyboard for a language, or undefined where staff choose a preset instead (Korean, Traditional Chinese). */
export function keyboardForLanguage(code: LanguageCode): KeyboardSpec | undefined {
  const id = FOR_LANGUAGE[code];
  return KEYBOARDS.find((keyboard) => keyboard.id === id);
}

export function keyboardById(id: KeyboardId): KeyboardSpec {
  return KEYBOARDS.find((keyboard) => keyboard.id === id) ?? (KEYBOARDS[0] as KeyboardSpec);
}
