import type { PatientEvent } from '../../core/usage/events';
import { createLogger } from '../../core/log/logger';

const log = createLogger('session');

type Listener = (event: PatientEvent) => void;

const listeners = new Set<Listener>();

/**
 * Screens report what a patient does here; usage counting (and anything else
 * that cares) subscribes. Keeps screens unaware of how or whether it is stored.
 */
export function emitPatientEvent(event: PatientEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      log.error('patient event listener failed', error);
    }
  }
}

/** Subscribes to every patient event; returns the unsubscribe. */
export function onPatientEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
