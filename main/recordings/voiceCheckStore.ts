import { silentOfferedLanguages, type VoiceCheck } from '../../core/speech/voiceCheck';

export interface VoiceCheckReport {
  check: VoiceCheck;
  /** ms since the epoch, when the renderer last reported. */
  receivedAt: number;
  /** Offered languages in which a patient hears nothing. */
  silentOffered: string[];
}

export interface VoiceCheckStore {
  report(check: VoiceCheck): void;
  /** The renderer's latest report, for the monitoring output (null until the first one). */
  latest(): VoiceCheckReport | null;
}

/**
 * Keeps what the renderer found it can read aloud in each language (it reports
 * at start and whenever voices, recordings or the offered languages change).
 * Logs a line when the set of offered languages with no sound at all changes,
 * so the log says it even where no monitoring is set up.
 */
export function createVoiceCheckStore(
  log: { info(m: string): void; warn(m: string): void },
  now = Date.now,
): VoiceCheckStore {
  let latest: VoiceCheckReport | null = null;
  return {
    report(check) {
      const silentOffered = silentOfferedLanguages(check);
      const before = latest?.silentOffered.join(',');
      if (before !== silentOffered.join(',')) {
        if (silentOffered.length > 0) log.warn(`read-aloud: nothing to hear in offered ${silentOffered.join(', ')}`);
        else log.info('read-aloud: every offered language can be heard');
      }
      latest = { check, receivedAt: now(), silentOffered };
    },
    latest: () => latest,
  };
}
