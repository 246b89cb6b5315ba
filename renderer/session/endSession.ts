import { sessionEnded } from '../idle/idleApi';
import { registeredPatientStores, registeredResetEffects } from './resetRegistry';
import { useSessionRecord, type CountedEnd } from './sessionRecord';
import { createLogger } from '../../core/log/logger';

const log = createLogger('session');

/** Every way a patient session ends. */
export const SESSION_END_REASONS = ['idle-reset', 'start-again', 'error-recovery', 'staff-exit'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * The usage counters know three ends (finished, idle reset, start again). The error
 * screen's button is "Start again", and staff leaving staff mode start the kiosk
 * over: both are someone choosing a fresh start, so they count as start-again.
 * ('finished' is counted when the finish screen is reached, not here.)
 */
const COUNTED_AS: Readonly<Record<SessionEndReason, CountedEnd>> = {
  'idle-reset': 'idle-reset',
  'start-again': 'start-again',
  'error-recovery': 'start-again',
  'staff-exit': 'start-again',
};

function resetStores(): void {
  for (const [name, store] of registeredPatientStores()) {
    try {
      store.reset();
    } catch (error) {
      // One broken store must not leave the others holding the last patient's data.
      log.error(`reset of ${name} failed`, error);
    }
  }
}

function runResetEffects(): void {
  for (const [name, effect] of registeredResetEffects()) {
    try {
      void Promise.resolve(effect()).catch((error: unknown) => log.error(`reset effect ${name} failed`, error));
    } catch (error) {
      log.error(`reset effect ${name} failed`, error);
    }
  }
}

/**
 * THE way out of a patient session, whatever ends it: counts the end once (only
 * if a session started and its end was not counted yet), resets every patient
 * store (back to the attract screen, staff mode locked), runs every reset effect,
 * and tells the idle machine, whose quiet time starts again.
 */
export function endSession(how: SessionEndReason): void {
  useSessionRecord.getState().countEnd(COUNTED_AS[how]);
  resetStores();
  runResetEffects();
  sessionEnded();
}
