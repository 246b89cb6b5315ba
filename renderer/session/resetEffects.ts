import i18next from 'i18next';
import { changeLanguage } from '../platform/i18n/i18n';
import { registerResetEffect } from './resetRegistry';
import { useSettings } from '../settings/settingsStore';

/**
 * What a reset clears besides store state. Registered with the one reset
 * mechanism, so resetPatientSession() from anywhere (idle, Start again, the
 * error screen) does all of it. Imported once for its side effect.
 */
function hasDom(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

registerResetEffect('speech', () => {
  if (hasDom() && 'speechSynthesis' in window) window.speechSynthesis.cancel();
});

registerResetEffect('open-dialogs', () => {
  if (!hasDom()) return;
  for (const dialog of document.querySelectorAll('dialog[open]')) (dialog as HTMLDialogElement).close();
});

registerResetEffect('scroll-positions', () => {
  if (!hasDom()) return;
  window.scrollTo(0, 0);
  // Screens remount on reset, but anything that stays mounted (layers) keeps its scroll.
  for (const element of document.querySelectorAll<HTMLElement>('body *')) {
    if (element.scrollTop !== 0 || element.scrollLeft !== 0) element.scrollTo(0, 0);
  }
});

registerResetEffect('focus', () => {
  if (hasDom() && document.activeElement instanceof HTMLElement) document.activeElement.blur();
});

registerResetEffect('language', async () => {
  if (!i18next.isInitialized) return;
  const language = useSettings.getState().settings.languages.default;
  if (i18next.language !== language) await changeLanguage(language);
});
