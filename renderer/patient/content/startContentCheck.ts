import i18next from 'i18next';
import { englishResources } from '../../platform/i18n/resources';
import { checkContent } from './contentCheck';

/**
 * Checks the English content at start-up and each other language's content when
 * it is switched to. Started once at boot by startServices(); returns a stop.
 */
export function startContentCheck(): () => void {
  checkContent('en', englishResources.content);
  const onLanguageChanged = (language: string) => {
    if (language === 'en') return;
    const strings: unknown = i18next.getResourceBundle(language, 'content');
    if (strings !== undefined) checkContent(language, strings);
  };
  i18next.on('languageChanged', onLanguageChanged);
  return () => i18next.off('languageChanged', onLanguageChanged);
}
