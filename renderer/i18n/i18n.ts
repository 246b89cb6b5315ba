import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, languageInfo } from '../../core/languages';
import { englishResources, loadLocaleResources } from './resources';

/** Keys that had to fall back or were missing; tests and staff diagnostics read this. */
export const missingTranslationLog: { language: string; namespace: string; key: string }[] = [];

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: false,
    ns: ['ui', 'content'],
    defaultNS: 'ui',
    resources: { en: englishResources },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    returnEmptyString: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      missingTranslationLog.push({ language: languages.join(','), namespace, key });
      console.warn(`[i18n] missing "${namespace}:${key}" for ${languages.join(',')}`);
    },
    // A key missing even in English must never reach a patient as "topic.b12.title".
    parseMissingKeyHandler: () => '',
    react: { useSuspense: false },
  });
  return i18next;
}

/** Loads a language's resources if needed and switches to it; unknown codes fall back to English. */
export async function changeLanguage(code: string): Promise<void> {
  const language = languageInfo(code).code;
  if (!i18next.hasResourceBundle(language, 'ui')) {
    const resources = await loadLocaleResources(language);
    if (resources.ui) i18next.addResourceBundle(language, 'ui', resources.ui, true, true);
    if (resources.content) i18next.addResourceBundle(language, 'content', resources.content, true, true);
  }
  await i18next.changeLanguage(language);
}
