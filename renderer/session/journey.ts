import { createPatientStore } from './createPatientStore';
import { emitPatientEvent } from './patientEvents';

/**
 * The session's own bookkeeping: when it started (for the anonymous duration
 * figure) and whether it has already been reported as ended, so one session is
 * never counted as ended twice. Patient state: the idle reset clears it.
 */
interface JourneyState {
  startedAt: number | null;
  ended: boolean;
}

interface JourneyActions {
  /** Called when a patient touches the attract screen. */
  startSession(): void;
  /** Reports the end of the session once; later calls do nothing. */
  endSession(how: 'finished' | 'start-again'): void;
}

const MAX_DURATION_SECONDS = 86_400;

export function secondsSince(startedAt: number | null, now: number = Date.now()): number {
  if (startedAt === null) return 0;
  return Math.min(MAX_DURATION_SECONDS, Math.max(0, Math.round((now - startedAt) / 1000)));
}

export const useJourney = createPatientStore<JourneyState, JourneyActions>(
  'journey',
  () => ({ startedAt: null, ended: false }),
  (set, get) => ({
    startSession: () => {
      set({ startedAt: Date.now(), ended: false });
      emitPatientEvent({ type: 'session-started' });
    },
    endSession: (how) => {
      if (get().ended) return;
      set({ ended: true });
      emitPatientEvent({ type: 'session-ended', how, durationSeconds: secondsSince(get().startedAt) });
    },
  }),
);
