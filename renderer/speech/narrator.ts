import { holdIdle, reportActivity } from '../idle/idleApi';
import { readableBlocks } from './readableBlocks';
import type { Reader, ReaderHooks } from './reader';
import { createRecordingReader } from './recordingReader';
import { useSpeech } from './speechStore';
import { createVoiceReader } from './voiceReader';

/**
 * What to read: a synthesised voice over the screen's blocks, or a clinic's
 * recording of the page (with the local voice, if any, to fall back on when
 * the file will not play, so Listen never ends in silence it could avoid).
 */
export type ReadingPlan =
  | { kind: 'voice'; voice: SpeechSynthesisVoice }
  | { kind: 'recording'; url: string; fallback: SpeechSynthesisVoice | null };

interface Narration {
  reader: Reader;
  /** Releases the idle hold; set only while sound is playing. */
  release: (() => void) | null;
}

let narration: Narration | null = null;

/** Speaking holds off the idle reset: a patient listening is not a patient gone. */
function hold(current: Narration): void {
  current.release ??= holdIdle('read-aloud');
  reportActivity();
}

function unhold(current: Narration): void {
  current.release?.();
  current.release = null;
}

function finish(current: Narration): void {
  if (narration !== current) return;
  unhold(current);
  current.reader.stop();
  narration = null;
  useSpeech.getState().setStatus('idle');
  // The end of a narration is the moment the patient's quiet time starts.
  reportActivity();
}

/** A reader that makes no sound: the placeholder while a narration's own reader is made. */
const SILENT: Reader = { start() {}, pause() {}, resume() {}, repeatPart() {}, settingsChanged() {}, stop() {} };

function readerFor(plan: ReadingPlan, owner: Narration): Reader {
  // Hooks of a narration that has since been stopped or replaced do nothing.
  const current = () => (narration === owner ? owner : null);
  const hooks: ReaderHooks = {
    onActivity: () => reportActivity(),
    onFinished: () => {
      const now = current();
      if (now) finish(now);
    },
    onFailed: () => {
      const now = current();
      if (!now) return;
      if (plan.kind === 'recording' && plan.fallback) {
        now.reader.stop();
        now.reader = createVoiceReader(plan.fallback, readableBlocks(), hooks);
        now.reader.start();
      } else finish(now);
    },
  };
  if (plan.kind === 'voice') return createVoiceReader(plan.voice, readableBlocks(), hooks);
  return createRecordingReader(plan.url, hooks);
}

/** Reads the current screen from the top, stopping anything already being read. */
export function startReading(plan: ReadingPlan): void {
  stopReading();
  const current: Narration = { reader: SILENT, release: null };
  current.reader = readerFor(plan, current);
  narration = current;
  hold(current);
  useSpeech.getState().setStatus('speaking');
  current.reader.start();
}

export function pauseReading(): void {
  const current = narration;
  if (!current || useSpeech.getState().status !== 'speaking') return;
  current.reader.pause();
  unhold(current);
  reportActivity();
  useSpeech.getState().setStatus('paused');
}

export function resumeReading(): void {
  const current = narration;
  if (!current || useSpeech.getState().status !== 'paused') return;
  hold(current);
  useSpeech.getState().setStatus('speaking');
  current.reader.resume();
}

/** Says the current block again (a recording: the last few seconds), playing on from there; also from a pause. */
export function repeatPart(): void {
  const current = narration;
  if (!current) return;
  hold(current);
  useSpeech.getState().setStatus('speaking');
  current.reader.repeatPart();
}

/** Silences everything at once; safe to call when nothing is being read. */
export function stopReading(): void {
  const current = narration;
  narration = null;
  if (current) {
    unhold(current);
    current.reader.stop();
  }
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
  if (useSpeech.getState().status !== 'idle') useSpeech.getState().setStatus('idle');
}

/** Volume and speed reach the reading at once (a paused reading picks them up on Resume). */
export function applySoundSettings(): void {
  if (narration && useSpeech.getState().status === 'speaking') narration.reader.settingsChanged();
}
