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

/** Side effects of a reset that are not store state (speech, open dialogs, scroll, focus, language). */
export type ResetEffect = () => void | Promise<void>;

const effects = new Map<string, ResetEffect>();

export function registerPatientStore(name: string, store: ResettableStore): void {
  registry.set(name, store);
}

export function registeredPatientStores(): ReadonlyMap<string, ResettableStore> {
  return registry;
}

/** Registers a non-store side effect; it runs after every store has been reset. Same name replaces. Returns an unregister. */
export function registerResetEffect(name: string, effect: ResetEffect): () => void {
  effects.set(name, effect);
  return () => {
    if (effects.get(name) === effect) effects.delete(name);
  };
}

export function registeredResetEffects(): ReadonlyMap<string, ResetEffect> {
  return effects;
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
  for (const [name, effect] of effects) {
    try {
      void Promise.resolve(effect()).catch((error: unknown) => console.error(`reset effect ${name} failed`, error));
    } catch (error) {
      console.error(`reset effect ${name} failed`, error);
    }
  }
}
