import { useMemo } from 'react';
import { LANGUAGE_CODES } from '../../core/languages';
import type { RecordingsIndex } from '../../core/recordings/manifest';
import type { LanguageVoiceFacts } from '../../core/speech/voiceCheck';
import { useOfferedLanguages } from '../platform/i18n/useOfferedLanguages';
import { useRecordingsIndex } from './recordings';
import { useVoices } from './useVoices';
import { pickLocalVoice, type VoiceLike } from './voices';

/** A voice's name as staff and IT see it (engines sometimes give none: then its language tag). */
export function voiceName(voice: VoiceLike): string {
  return (
    (voice.name ?? '')
      .replace(/\p{Cc}/gu, '')
      .trim()
      .slice(0, 120) || voice.lang
  );
}

/**
 * What a patient can hear in each of the kiosk's languages on this machine:
 * the same voice choice and the same recordings index read-aloud uses, so the
 * staff check and the monitoring report can never claim what Listen cannot do.
 */
export function voiceFacts(
  voices: readonly VoiceLike[],
  recordings: RecordingsIndex,
  offered: ReadonlySet<string>,
): LanguageVoiceFacts[] {
  return LANGUAGE_CODES.map((code) => {
    const voice = pickLocalVoice(voices, code);
    return {
      code,
      offered: offered.has(code),
      recordings: recordings.countFor(code),
      ...(voice ? { localVoice: voiceName(voice) } : {}),
    };
  });
}

/** The facts for the staff voice check; null until the host has listed the recordings. */
export function useVoiceFacts(): LanguageVoiceFacts[] | null {
  const voices = useVoices();
  const recordings = useRecordingsIndex();
  const offered = useOfferedLanguages();
  return useMemo(
    () => (recordings ? voiceFacts(voices, recordings, new Set(offered.map((profile) => profile.code))) : null),
    [voices, recordings, offered],
  );
}
