import type { ScriptId } from '../../../core/languages';
import { createLogger } from '../../../core/log/logger';

const log = createLogger('fonts');

/**
 * Bundled fonts per script, registered only when a language in that script is
 * chosen. The files are cut at build time to the characters the kiosk's words
 * use (scripts/fonts/fontSubsetsPlugin.ts), and each @font-face names exactly its
 * characters, so the browser downloads just the slices on screen. Weights 400 and 700.
 */
const NOTO_SANS = () => import('./subsets/noto-sans.css');

const LOADERS: Readonly<Record<ScriptId, () => Promise<unknown>>> = {
  // Noto Sans backs Atkinson Hyperlegible for Vietnamese and other Latin letters it lacks.
  latin: NOTO_SANS,
  cyrillic: NOTO_SANS,
  'han-simplified': () => import('./subsets/noto-sans-sc.css'),
  'han-traditional': () => import('./subsets/noto-sans-tc.css'),
  hangul: () => import('./subsets/noto-sans-kr.css'),
  arabic: () => import('./subsets/noto-sans-arabic.css'),
  devanagari: () => import('./subsets/noto-sans-devanagari.css'),
};

/** The whole fonts, for words the build never saw (what staff type): "<family> Full" in each stack. */
const NOTO_SANS_FULL = () => import('./subsets/noto-sans.full.css');
const FULL_LOADERS: Readonly<Record<ScriptId, () => Promise<unknown>>> = {
  latin: NOTO_SANS_FULL,
  cyrillic: NOTO_SANS_FULL,
  'han-simplified': () => import('./subsets/noto-sans-sc.full.css'),
  'han-traditional': () => import('./subsets/noto-sans-tc.full.css'),
  hangul: () => import('./subsets/noto-sans-kr.full.css'),
  arabic: () => import('./subsets/noto-sans-arabic.full.css'),
  devanagari: () => import('./subsets/noto-sans-devanagari.full.css'),
};

const loading = new Map<string, Promise<void>>();

/** Registers a stylesheet of faces once; a failure is logged and retried next time, never thrown at a patient. */
function register(id: string, load: () => Promise<unknown>): Promise<void> {
  const pending = loading.get(id);
  if (pending) return pending;
  const started = load().then(
    () => undefined,
    (error: unknown) => {
      loading.delete(id);
      log.warn(`could not load the ${id} font; the fallback font is used`, error);
    },
  );
  loading.set(id, started);
  return started;
}

/**
 * The faces for a script's fixed words (what a language needs to be read in).
 * Always after the picker's faces of the same family: where two faces cover a
 * letter the later one draws it, so a word is never shaped from two files
 * (Arabic letters would not join).
 */
export function loadScriptFont(script: ScriptId): Promise<void> {
  return loadPickerFont().then(() => register(script, LOADERS[script]));
}

/**
 * The picker's and attract screen's font: every language's own name and "Touch to
 * start" phrase, in every script, a few KiB in all (instead of each script's font).
 */
export function loadPickerFont(): Promise<void> {
  return register('picker', () => import('./subsets/picker.css'));
}

/** A script's whole font, for text typed by staff that the build could not know. */
export function loadFullScriptFont(script: ScriptId): Promise<void> {
  return register(`${script} (full)`, FULL_LOADERS[script]);
}
