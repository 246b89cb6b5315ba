import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, languageInfo } from '../../../core/languages';
import { loadScriptFont } from '../fonts/loadScriptFont';
import { fallbackWarning, FALLBACK_WARNING } from './fallbackWarning';
import { isPseudoLocaleRequested, loadPseudoLocale, PSEUDO_LOCALE } from './pseudoLocale';
import { englishResources, loadLocaleNamespace, type LocaleNamespace } from './resources';
import { createLogger } from '../../../core/log/logger';

const log = createLogger('i18n');

/** Keys that fell back to English or were missing everywhere, each once (the console reports each as it happens). */
const missingTranslationLog: { language: string; namespace: string; key: string; fellBackTo?: string }[] = [];

let pseudoMode = false;

// i18next calls the handler on every lookup; a kiosk renders for weeks, so each key is logged once.
const reportedMissing = new Set<string>();
function reportMissingEverywhere(language: string, namespace: string, key: string): void {
  const id = `${language}|${namespace}|${key}`;
  if (reportedMissing.has(id)) return;
  reportedMissing.add(id);
  missingTranslationLog.push({ language, namespace, key });
  log.warn(`missing "${namespace}:${key}" for ${language}`);
}

/** Sets i18next up with English bundled (the fallback for every key), then the pseudo-locale if a test asked for it. */
export async function initI18n(): Promise<typeof i18next> {
  await i18next
    .use(initReactI18next)
    .use(fallbackWarning(missingTranslationLog))
    .init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: false,
      ns: ['ui', 'content'],
      defaultNS: 'ui',
      resources: { en: englishResources },
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      returnEmptyString: false,
      // i18next calls missingKeyHandler only when *no* language has the key; the
      // postprocessor below catches the quieter case, a key found only in English.
      saveMissing: true,
      missingKeyHandler: (languages, namespace, key) => reportMissingEverywhere(languages.join(','), namespace, key),
      postProcess: [FALLBACK_WARNING],
      postProcessPassResolved: true,
      // A key missing even in English must never reach a patient as "topic.b12.title".
      parseMissingKeyHandler: () => '',
      react: { useSuspense: false },
    });
  if (isPseudoLocaleRequested()) {
    pseudoMode = true;
    await loadPseudoLocale(i18next);
  }
  return i18next;
}

/** `code/namespace` pairs already added (English is bundled). */
const loaded = new Set<string>([`${DEFAULT_LANGUAGE}/ui`, `${DEFAULT_LANGUAGE}/content`]);

/** Loads a language's words and font if needed and switches to it; unknown codes fall back to English. */
export async function changeLanguage(code: string): Promise<void> {
  // Test-only pseudo-locale: it stays in force whatever language the walk picks.
  if (pseudoMode) return void (await i18next.changeLanguage(PSEUDO_LOCALE));
  const info = languageInfo(code);
  // Switch once the words and the font's faces are in, so text never flashes in a fallback.
  await Promise.all([ensureLanguageLoaded(info.code), loadScriptFont(info.script)]);
  await i18next.changeLanguage(info.code);
}

/** Adds a language's bundles without switching to it (the attract screen needs only each language's `ui`). */
export async function ensureLanguageLoaded(
  code: string,
  namespaces: readonly LocaleNamespace[] = ['ui', 'content'],
): Promise<void> {
  await Promise.all(
    namespaces.map(async (namespace) => {
      const id = `${code}/${namespace}`;
      if (loaded.has(id)) return;
      const strings = await loadLocaleNamespace(code, namespace);
      if (strings) i18next.addResourceBundle(code, namespace, strings, true, true);
      loaded.add(id);
    }),
  );
}
