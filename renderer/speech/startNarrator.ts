import i18next from 'i18next';
import { useNavigation } from '../session/navigation';
import { registerResetEffect } from '../session/resetRegistry';
import { stopReading } from './narrator';

/**
 * Reading belongs to one screen in one language: leaving either, or ending the
 * session, stops it. Started once at boot by startServices(); returns a stop.
 */
export function startNarrator(): () => void {
  const stopOnRouteChange = useNavigation.subscribe((state, previous) => {
    if (state.route !== previous.route) stopReading();
  });
  const onLanguageChanged = () => stopReading();
  i18next.on('languageChanged', onLanguageChanged);
  const unregister = registerResetEffect('read-aloud', stopReading);
  return () => {
    stopOnRouteChange();
    i18next.off('languageChanged', onLanguageChanged);
    unregister();
  };
}
