import { createPatientStore } from '../session/createPatientStore';

export type ReadingStatus = 'idle' | 'speaking' | 'paused';

/** Volume steps within the app (the kiosk's system volume is set by staff). */
export const VOLUME_STEPS = [0.25, 0.5, 0.75, 1] as const;
export const DEFAULT_VOLUME_STEP = 2;

/**
 * "Slower": a synthetic voice at three quarters of its rate; a recording at
 * 0.8 (recordings are already read slowly, and pitch is kept).
 */
export const SLOW_VOICE_RATE = 0.75;
export const SLOW_PLAYBACK_RATE = 0.8;

interface SpeechState {
  status: ReadingStatus;
  /** Index into VOLUME_STEPS. */
  volumeStep: number;
  slow: boolean;
}

interface SpeechActions {
  setStatus(status: ReadingStatus): void;
  changeVolume(by: 1 | -1): void;
  toggleSlow(): void;
}

/** Read-aloud state of this patient: reset (and the narration stopped) with each session. */
export const useSpeech = createPatientStore<SpeechState, SpeechActions>(
  'read-aloud',
  () => ({ status: 'idle', volumeStep: DEFAULT_VOLUME_STEP, slow: false }),
  (set, get) => ({
    setStatus: (status) => set({ status }),
    changeVolume: (by) => set({ volumeStep: Math.min(VOLUME_STEPS.length - 1, Math.max(0, get().volumeStep + by)) }),
    toggleSlow: () => set({ slow: !get().slow }),
  }),
);

export function currentVolume(): number {
  return VOLUME_STEPS[useSpeech.getState().volumeStep] ?? 1;
}

export function currentRate(): number {
  return useSpeech.getState().slow ? SLOW_VOICE_RATE : 1;
}

export function currentPlaybackRate(): number {
  return useSpeech.getState().slow ? SLOW_PLAYBACK_RATE : 1;
}
