import { emitPatientEvent } from './patientEvents';
import { secondsSince, useJourney } from './journey';
import { resetPatientSession } from './resetRegistry';
import './resetEffects';

export type ResetReason = 'idle-reset' | 'start-again';

/**
 * THE way to end a patient session: reports how it ended (once, and only if one
 * was started), then clears every registered store and runs every registered
 * reset effect (speech, dialogs, scroll, focus, default language).
 */
export function resetKiosk(how: ResetReason): void {
  const journey = useJourney.getState();
  if (how === 'start-again') journey.endSession('start-again');
  else if (journey.startedAt !== null && !journey.ended) {
    emitPatientEvent({ type: 'session-ended', how, durationSeconds: secondsSince(journey.startedAt) });
  }
  resetPatientSession();
}
