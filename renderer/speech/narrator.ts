import i18next from 'i18next';
import { holdIdle, reportActivity } from '../idle/idleApi';
import { useNavigation } from '../session/navigation';
import { registerResetEffect } from '../session/resetRegistry';
import { readableBlocks, type ReadableBlock } from './readableBlocks';
import { currentVolume, useSpeech } from './speechStore';

/** What to read: a synthesised voice over the screen's blocks, or a clinic's recording of the page. */
export type ReadingPlan = { kind: 'voice'; voice: SpeechSynthesisVoice } | { kind: 'recording'; url: string };

const HIGHLIGHT = 'read-aloud-current';

interface Narration {
  plan: ReadingPlan;
  blocks: ReadableBlock[];
  index: number;
  audio: HTMLAudioElement | null;
  /** Releases the idle hold; set only while sound is playing. */
  release: (() => void) | null;
}

let narration: Narration | null = null;

function highlight(element: HTMLElement | null): void {
  for (const old of document.querySelectorAll(`.${HIGHLIGHT}`)) old.classList.remove(HIGHLIGHT);
  if (!element) return;
  element.classList.add(HIGHLIGHT);
  element.scrollIntoView({ block: 'nearest' });
}

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
  highlight(null);
  narration = null;
  useSpeech.getState().setStatus('idle');
  // The end of a narration is the moment the patient's quiet time starts.
  reportActivity();
}

function speakBlock(current: Narration, voice: SpeechSynthesisVoice): void {
  if (narration !== current) return;
  const block = current.blocks[current.index];
  if (!block) {
    finish(current);
    return;
  }
  highlight(block.element);
  const utterance = new SpeechSynthesisUtterance(block.text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.volume = currentVolume();
  utterance.onstart = () => reportActivity();
  utterance.onboundary = () => reportActivity();
  utterance.onend = () => {
    if (narration !== current) return;
    current.index += 1;
    speakBlock(current, voice);
  };
  utterance.onerror = (event) => {
    // "interrupted"/"canceled" come from our own Stop; anything else ends the narration cleanly.
    if (event.error !== 'interrupted' && event.error !== 'canceled') finish(current);
  };
  window.speechSynthesis.speak(utterance);
}

/**
 * play() also rejects, with an AbortError, when Pause is pressed before the
 * sound has started: that is a pause, not a failure, and must not end the reading.
 */
function play(current: Narration, audio: HTMLAudioElement): void {
  audio.play().catch((error: unknown) => {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    finish(current);
  });
}

function playRecording(current: Narration, url: string): void {
  const audio = new Audio(url);
  current.audio = audio;
  audio.volume = currentVolume();
  audio.onended = () => finish(current);
  audio.onerror = () => finish(current);
  play(current, audio);
}

/** Reads the current screen from the top, stopping anything already being read. */
export function startReading(plan: ReadingPlan): void {
  stopReading();
  const current: Narration = { plan, blocks: readableBlocks(), index: 0, audio: null, release: null };
  narration = current;
  hold(current);
  useSpeech.getState().setStatus('speaking');
  if (plan.kind === 'voice') speakBlock(current, plan.voice);
  else playRecording(current, plan.url);
}

export function pauseReading(): void {
  const current = narration;
  if (!current || useSpeech.getState().status !== 'speaking') return;
  if (current.audio) current.audio.pause();
  else window.speechSynthesis.pause();
  unhold(current);
  reportActivity();
  useSpeech.getState().setStatus('paused');
}

export function resumeReading(): void {
  const current = narration;
  if (!current || useSpeech.getState().status !== 'paused') return;
  hold(current);
  useSpeech.getState().setStatus('speaking');
  if (current.audio) play(current, current.audio);
  else window.speechSynthesis.resume();
}

/** Silences everything at once; safe to call when nothing is being read. */
export function stopReading(): void {
  const current = narration;
  narration = null;
  if (current) {
    unhold(current);
    current.audio?.pause();
  }
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
  highlight(null);
  if (useSpeech.getState().status !== 'idle') useSpeech.getState().setStatus('idle');
}

/** Volume changes reach a playing recording at once, and the next spoken block. */
export function applyVolume(): void {
  if (narration?.audio) narration.audio.volume = currentVolume();
}

// Reading belongs to one screen in one language: leaving either, or a new session, stops it.
useNavigation.subscribe((state, previous) => {
  if (state.route !== previous.route) stopReading();
});
i18next.on('languageChanged', () => stopReading());
registerResetEffect('read-aloud', stopReading);
