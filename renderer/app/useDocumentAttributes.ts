import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../core/languages';
import type { ScreenId } from '../../core/screens';

/** Keeps `<html lang dir data-screen>` true: the test contract and screen readers depend on it. */
export function useDocumentAttributes(screen: ScreenId): void {
  const { i18n } = useTranslation();
  const language = languageInfo(i18n.resolvedLanguage ?? i18n.language);
  useEffect(() => {
    const html = document.documentElement;
    html.lang = language.code;
    html.dir = language.dir;
    html.dataset.screen = screen;
    html.dataset.script = language.script;
  }, [language.code, language.dir, language.script, screen]);
}
