import { create } from 'zustand';
import { idleReducer, initialIdleState, type IdleEvent, type IdleState } from '../../core/idle/idleMachine';

interface IdleStoreState {
  machine: IdleState;
  /** The clock as of the last event; the countdown renders from it. */
  now: number;
  send(event: IdleEvent): void;
}

/**
 * The idle machine's live state. Not patient state (endSession tells it rather
 * than clearing it), so it is a plain store, not a patient store.
 */
export const useIdle = create<IdleStoreState>()((set, get) => ({
  machine: initialIdleState({ kind: 'exempt' }, Date.now()),
  now: Date.now(),
  send: (event) => set({ machine: idleReducer(get().machine, event), now: event.at }),
}));
