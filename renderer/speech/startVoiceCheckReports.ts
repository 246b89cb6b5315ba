import { offeredLanguages } from '../../core/settings/offeredLanguages';
import { getHost } from '../host';
import { TRANSLATION_META } from '../platform/i18n/languageProfiles';
import { useSettings } from '../settings/settingsStore';
import { recordingsIndex } from './recordings';
import { voiceFacts } from './useVoiceFacts';
import { onVoicesChanged, synthesisVoices } from './useVoices';
import { createLogger } from '../../core/log/logger';

const log = createLogger('voice-check');

/**
 * Tells the host what patients can hear in each language, at start and again
 * whenever the voices, the recordings or the offered languages change, so IT's
 * monitoring sees a kiosk with no voice without anyone opening staff mode.
 * Started once at boot by startServices(); returns a stop.
 */
export function startVoiceCheckReports(): () => void {
  let stopped = false;
  let lastReport: string | null = null;
  const report = () => {
    void recordingsIndex().then((recordings) => {
      if (stopped) return;
      const voices = synthesisVoices();
      const { settings } = useSettings.getState();
      const offered = new Set<string>(offeredLanguages(settings, TRANSLATION_META));
      const check = { enabled: settings.readAloud.enabled, languages: voiceFacts(voices, recordings, offered) };
      // Voices are re-listed often (voiceschanged); only a change of facts is a new report.
      const json = JSON.stringify(check);
      if (json === lastReport) return;
      lastReport = json;
      getHost()
        .reportVoiceCheck(check)
        .catch((error: unknown) => log.warn('could not report the voice check', error));
    });
  };
  const unsubscribe = useSettings.subscribe((state, previous) => {
    const { languages, readAloud } = state.settings;
    if (languages !== previous.settings.languages || readAloud !== previous.settings.readAloud) report();
  });
  const stopListening = onVoicesChanged(report);
  report();
  return () => {
    stopped = true;
    unsubscribe();
    stopListening();
  };
}
