import { create } from 'zustand';
import { idleReducer, initialIdleState, type IdleEvent, type IdleState } from '../../core/idle/idleMachine';

/**
 * The idle machine's live state. Not patient state (the reset drives it rather
 * than being cleared by it), so it is a plain store, not a patient store.
 */
interface IdleStoreState {
  machine: IdleState;
  /** The clock as of the last event; the countdown renders from it. */
  now: number;
  send(event: IdleEvent): void;
}

export const useIdle = create<IdleStoreState>()((set, get) => ({
  machine: initialIdleState({ kind: 'exempt' }, Date.now()),
  now: Date.now(),
  send: (event) => set({ machine: idleReducer(get().machine, event), now: event.at }),
}));
