import type { PatientEvent } from '../../core/usage/events';
import { createPatientStore } from './createPatientStore';
import { emitPatientEvent } from './patientEvents';

/** How the usage counters class the end of a session. */
export type CountedEnd = Extract<PatientEvent, { type: 'session-ended' }>['how'];

/**
 * The session's own bookkeeping: when it started (for the anonymous duration
 * figure) and whether its end has been counted, so one session is never counted
 * as ended twice. Patient state: ending the session clears it.
 */
interface SessionRecordState {
  startedAt: number | null;
  ended: boolean;
}

interface SessionRecordActions {
  /** Called when a patient touches the attract screen. */
  start(): void;
  /** Counts the end of a started session once; before a start, or after the first count, it does nothing. */
  countEnd(how: CountedEnd): void;
}

const MAX_DURATION_SECONDS = 86_400;

/** Whole seconds from `startedAt` to `now`, never negative, capped at a day; 0 when nothing started. */
export function secondsSince(startedAt: number | null, now: number = Date.now()): number {
  if (startedAt === null) return 0;
  return Math.min(MAX_DURATION_SECONDS, Math.max(0, Math.round((now - startedAt) / 1000)));
}

/** The current session's start time and whether its end was counted. */
export const useSessionRecord = createPatientStore<SessionRecordState, SessionRecordActions>(
  'session-record',
  () => ({ startedAt: null, ended: false }),
  (set, get) => ({
    start: () => {
      set({ startedAt: Date.now(), ended: false });
      emitPatientEvent({ type: 'session-started' });
    },
    countEnd: (how) => {
      const { startedAt, ended } = get();
      if (startedAt === null || ended) return;
      set({ ended: true });
      emitPatientEvent({ type: 'session-ended', how, durationSeconds: secondsSince(startedAt) });
    },
  }),
);
