import { useTranslation } from 'react-i18next';
import { languageInfo, type TextDirection } from '../../../core/languages';

/** The current language's writing direction (for swipes and mirrored pictures). */
export function useTextDirection(): TextDirection {
  const { i18n } = useTranslation();
  return languageInfo(i18n.resolvedLanguage ?? i18n.language).dir;
}
