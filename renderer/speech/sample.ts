import i18next from 'i18next';
import { allPages, blockTextKey, CONTENT_NAMESPACE, guidedPath, pageById } from '../../core/content';
import { RECORDINGS_URL_PATH } from '../../core/recordings/naming';
import type { RecordingsIndex } from '../../core/recordings/manifest';
import { ensureLanguageLoaded } from '../platform/i18n/i18n';
import { stopReading } from './narrator';

let stopCurrent: (() => void) | null = null;

/** Stops the sample playing, if any. */
export function stopSample(): void {
  stopCurrent?.();
  stopCurrent = null;
}

/** The first page of the guided path, heading and first words, in that language: what Listen would say first. */
async function sampleText(language: string): Promise<string> {
  await ensureLanguageLoaded(language, ['content']);
  const first = guidedPath()[0];
  const page = first ? pageById(first.pageId) : undefined;
  // Content keys are computed, as everywhere in the kiosk (see platform/i18n/useContentText.ts).
  const text = (key: string) => String(i18next.t(key as never, { ns: CONTENT_NAMESPACE, lng: language } as never));
  const words = (page?.blocks ?? []).flatMap((block) =>
    page && (block.type === 'heading' || block.type === 'text') ? [text(blockTextKey(page.id, block))] : [],
  );
  return words.join(' ');
}

/**
 * Plays what a patient would hear in `language`, for staff: the first recorded
 * page if there is one (recordings win on their pages), else the local voice
 * reading the first page. Calls `onEnd` when it stops, however it stops.
 */
export async function playSample(
  language: string,
  recordings: RecordingsIndex,
  voice: SpeechSynthesisVoice | null,
  onEnd: () => void,
): Promise<void> {
  stopReading();
  stopSample();
  const recorded = allPages()
    .map((page) => recordings.fileFor(language, page.id))
    .find((file) => file !== null);
  if (recorded) {
    const audio = new Audio(`${RECORDINGS_URL_PATH}${recorded}`);
    stopCurrent = () => {
      audio.pause();
      onEnd();
    };
    audio.onended = onEnd;
    audio.onerror = onEnd;
    await audio.play().catch(onEnd);
    return;
  }
  if (!voice) return onEnd();
  const utterance = new SpeechSynthesisUtterance(await sampleText(language));
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  stopCurrent = () => {
    window.speechSynthesis.cancel();
    onEnd();
  };
  window.speechSynthesis.speak(utterance);
}
