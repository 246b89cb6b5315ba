import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';
import { registerPatientStore } from './resetRegistry';

/**
 * Creates a zustand store of patient state and registers it with the session
 * reset. `initial` must be plain data; actions come from `actions`.
 */
export function createPatientStore<S extends object, A extends object>(
  name: string,
  initial: () => S,
  actions: StateCreator<S & A, [], [], A>,
): UseBoundStore<StoreApi<S & A>> {
  const store = create<S & A>()((set, get, api) => ({ ...initial(), ...actions(set, get, api) }));
  registerPatientStore(name, {
    reset: () => store.setState(initial() as Partial<S & A>),
    isPristine: () => {
      const now = store.getState() as Record<string, unknown>;
      return Object.entries(initial()).every(([key, value]) => JSON.stringify(now[key]) === JSON.stringify(value));
    },
  });
  return store;
}
