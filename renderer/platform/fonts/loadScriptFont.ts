import type { ScriptId } from '../../../core/languages';

/**
 * Bundled fonts per script, fetched only when a language in that script is
 * chosen (or its name is shown on the picker), so start-up carries Latin only.
 * Each @fontsource file declares unicode-ranges: the browser then downloads just
 * the subsets the text on screen uses. Weights 400 and 700 only.
 */
const NOTO_SANS = () => Promise.all([import('@fontsource/noto-sans/400.css'), import('@fontsource/noto-sans/700.css')]);

const LOADERS: Readonly<Record<ScriptId, () => Promise<unknown>>> = {
  // Noto Sans backs Atkinson Hyperlegible for Vietnamese and other Latin letters it lacks.
  latin: NOTO_SANS,
  cyrillic: NOTO_SANS,
  'han-simplified': () =>
    Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')]),
  'han-traditional': () =>
    Promise.all([import('@fontsource/noto-sans-tc/400.css'), import('@fontsource/noto-sans-tc/700.css')]),
  hangul: () => Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')]),
  arabic: () =>
    Promise.all([import('@fontsource/noto-sans-arabic/400.css'), import('@fontsource/noto-sans-arabic/700.css')]),
  devanagari: () =>
    Promise.all([
      import('@fontsource/noto-sans-devanagari/400.css'),
      import('@fontsource/noto-sans-devanagari/700.css'),
    ]),
};

const loading = new Map<ScriptId, Promise<void>>();

/** Registers a script's @font-face rules once; a failure is logged and retried next time, never thrown at a patient. */
export function loadScriptFont(script: ScriptId): Promise<void> {
  const pending = loading.get(script);
  if (pending) return pending;
  const started = LOADERS[script]().then(
    () => undefined,
    (error: unknown) => {
      loading.delete(script);
      console.warn(`[fonts] could not load the ${script} font; the fallback font is used`, error);
    },
  );
  loading.set(script, started);
  return started;
}

/** For the picker, which shows every offered language's name in its own script. */
export function loadScriptFonts(scripts: Iterable<ScriptId>): Promise<void> {
  return Promise.all([...new Set(scripts)].map(loadScriptFont)).then(() => undefined);
}
