import type { HostApi } from '../../core/host/contract';
import { onPatientEvent } from './patientEvents';

/**
 * Forwards every patient event to the host's usage counters. Counting must never
 * disturb a patient, so failures are only logged. Returns the unsubscribe function.
 */
export function installUsageRecording(host: () => HostApi): () => void {
  return onPatientEvent((event) => {
    host()
      .recordUsage(event)
      .catch((error: unknown) => console.error('could not record usage', error));
  });
}
