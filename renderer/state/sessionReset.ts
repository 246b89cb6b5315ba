/**
 * One reset mechanism for everything a patient can touch. Every store that holds
 * patient state registers here when it is created; the idle reset (and "start
 * again") calls resetPatientSession(), so a new store cannot be forgotten.
 */
export interface ResettableStore {
  /** Put the store back exactly as it was when the app started. */
  reset(): void;
  /** True when the store equals its initial state; used by tests to prove the reset. */
  isPristine(): boolean;
}

const registry = new Map<string, ResettableStore>();

export function registerPatientStore(name: string, store: ResettableStore): void {
  registry.set(name, store);
}

export function registeredPatientStores(): ReadonlyMap<string, ResettableStore> {
  return registry;
}

export function resetPatientSession(): void {
  for (const [name, store] of registry) {
    try {
      store.reset();
    } catch (error) {
      // One broken store must not leave the others holding the last patient's data.
      console.error(`reset of ${name} failed`, error);
    }
  }
}
