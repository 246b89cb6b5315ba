import { useEffect } from 'react';
import i18next from 'i18next';
import { englishResources } from '../../platform/i18n/resources';
import { checkContent } from './contentCheck';

/**
 * A global layer with nothing to draw: checks the English content once at
 * start-up and each other language's content when it is switched to.
 */
export function ContentCheckLayer() {
  useEffect(() => {
    checkContent('en', englishResources.content);
    const onLanguageChanged = (language: string) => {
      if (language === 'en') return;
      const strings: unknown = i18next.getResourceBundle(language, 'content');
      if (strings !== undefined) checkContent(language, strings);
    };
    i18next.on('languageChanged', onLanguageChanged);
    return () => i18next.off('languageChanged', onLanguageChanged);
  }, []);
  return null;
}
