import type { PatientEvent } from '../../core/usage/events';

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
      console.error('patient event listener failed', error);
    }
  }
}

/** Subscribes to every patient event; returns the unsubscribe. */
export function onPatientEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
