import type { HostApi } from '../../core/host/contract';
import { onPatientEvent } from './patientEvents';
import { createLogger } from '../../core/log/logger';

const log = createLogger('usage');

/**
 * Forwards every patient event to the host's usage counters. Counting must never
 * disturb a patient, so failures are only logged. Returns the unsubscribe function.
 */
export function installUsageRecording(host: () => HostApi): () => void {
  return onPatientEvent((event) => {
    host()
      .recordUsage(event)
      .catch((error: unknown) => log.warn('could not record usage', error));
  });
}
