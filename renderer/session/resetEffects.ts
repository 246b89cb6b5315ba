import i18next from 'i18next';
import { changeLanguage } from '../platform/i18n/i18n';
import { useSettings } from '../settings/settingsStore';
import { getHost } from '../host';
import { registerResetEffect } from './resetRegistry';

/** A dialog left open (language, display) would greet the next patient. */
function closeOpenDialogs(): void {
  for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[open]')) dialog.close();
}

/** Screens remount on a new session, but anything that stays mounted (layers) keeps its scroll. */
function scrollToTop(): void {
  window.scrollTo(0, 0);
  for (const element of document.querySelectorAll<HTMLElement>('body *')) {
    if (element.scrollTop !== 0 || element.scrollLeft !== 0) element.scrollTo(0, 0);
  }
}

function dropFocus(): void {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

/** The next patient starts in the clinic's default language. */
async function returnToDefaultLanguage(): Promise<void> {
  if (!i18next.isInitialized) return;
  const language = useSettings.getState().settings.languages.default;
  if (i18next.language !== language) await changeLanguage(language);
}

/**
 * Registers what ending a session clears besides store state (speech is the
 * narrator's own effect). Called once at boot by startServices(); returns an unregister.
 */
export function registerSessionEffects(): () => void {
  const unregister = [
    registerResetEffect('open-dialogs', closeOpenDialogs),
    registerResetEffect('scroll-positions', scrollToTop),
    registerResetEffect('focus', dropFocus),
    registerResetEffect('language', returnToDefaultLanguage),
    // The host stops honouring staff calls at once, whatever ended the session (leaving staff mode, the idle reset).
    registerResetEffect('staff-session', async () => void (await getHost().endStaffSession())),
  ];
  return () => {
    for (const stop of unregister) stop();
  };
}
