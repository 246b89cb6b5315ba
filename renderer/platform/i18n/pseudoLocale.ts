import type { i18n } from 'i18next';
import { PSEUDO_LOCALE, pseudoLocalizeTree } from '../../../core/i18n/pseudoLocalize';
import { englishResources } from './resources';

export { PSEUDO_LOCALE };

/**
 * `?lang=qps` switches the browser host (tests, demos) to the pseudo-locale.
 * Never inside the Electron kiosk, and never listed on the picker or to staff.
 */
export function isPseudoLocaleRequested(): boolean {
  if (window.kiosk) return false;
  return new URLSearchParams(window.location.search).get('lang') === PSEUDO_LOCALE;
}

/** Generates the pseudo bundle from English in memory and switches to it. */
export async function loadPseudoLocale(instance: i18n): Promise<void> {
  instance.addResourceBundle(PSEUDO_LOCALE, 'ui', pseudoLocalizeTree(englishResources.ui), true, true);
  instance.addResourceBundle(PSEUDO_LOCALE, 'content', pseudoLocalizeTree(englishResources.content), true, true);
  await instance.changeLanguage(PSEUDO_LOCALE);
}
