/**
 * Which bundled fonts are subset, and to which characters. The kiosk's words are
 * fixed at build time (locales/<code>/ui.json and content.json), so each script's
 * font needs only the characters its languages use; the picker and the attract
 * screen need only the languages' own names and "Touch to start" phrases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type LanguageInfo, type ScriptId } from '../../core/languages.ts';
import { codePointsOf } from './unicodeRange.ts';

export interface FontPackage {
  /** @fontsource package name, e.g. "noto-sans-sc". */
  readonly name: string;
  readonly family: string;
  readonly scripts: readonly ScriptId[];
}

/** Atkinson Hyperlegible (the Latin start-up font, 52 KiB) is used whole; these are subset. */
export const FONT_PACKAGES: readonly FontPackage[] = [
  { name: 'noto-sans', family: 'Noto Sans', scripts: ['latin', 'cyrillic'] },
  { name: 'noto-sans-sc', family: 'Noto Sans SC', scripts: ['han-simplified'] },
  { name: 'noto-sans-tc', family: 'Noto Sans TC', scripts: ['han-traditional'] },
  { name: 'noto-sans-kr', family: 'Noto Sans KR', scripts: ['hangul'] },
  { name: 'noto-sans-arabic', family: 'Noto Sans Arabic', scripts: ['arabic'] },
  { name: 'noto-sans-devanagari', family: 'Noto Sans Devanagari', scripts: ['devanagari'] },
];

export const WEIGHTS = ['400', '700'] as const;

/** Printable ASCII: numbers, codes and punctuation that settings or counts may show in any language. */
const ASCII = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => i + 32));

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const languagesOf = (pkg: FontPackage): LanguageInfo[] => LANGUAGES.filter((l) => pkg.scripts.includes(l.script));

/** A language's "Touch to start" phrase, as the attract screen cycles it ('' when not translated). */
export function touchToStartPhrase(localesDir: string, code: string): string {
  const ui = readJson(join(localesDir, code, 'ui.json')) as { attract?: { touchToStart?: unknown } } | undefined;
  const phrase = ui?.attract?.touchToStart;
  return typeof phrase === 'string' ? phrase : '';
}

/** Every character the package's languages show: all their words, names and ASCII. */
export function contentPoints(localesDir: string, pkg: FontPackage): Set<number> {
  const texts = [ASCII];
  for (const language of languagesOf(pkg)) {
    texts.push(language.endonym);
    for (const file of ['ui.json', 'content.json'])
      texts.push(...stringsIn(readJson(join(localesDir, language.code, file))));
  }
  return codePointsOf(texts);
}

/** The characters of the picker and attract screen: each language's own name and phrase. */
export function pickerPoints(localesDir: string, pkg: FontPackage): Set<number> {
  const texts = languagesOf(pkg).flatMap((l) => [l.endonym, touchToStartPhrase(localesDir, l.code)]);
  return codePointsOf(texts);
}
