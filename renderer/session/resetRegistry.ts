/**
 * What ending a session clears. Every store of patient state registers here when
 * it is created (createPatientStore), so a new store cannot be forgotten; effects
 * that are not store state (open dialogs, scroll, focus, language, speech) are
 * registered once at boot by startServices(). endSession() runs them all.
 */

/** A store of patient state, as the session end sees it. */
export interface ResettableStore {
  /** Put the store back exactly as it was when the app started. */
  reset(): void;
  /** True when the store equals its initial state; used by tests to prove the reset. */
  isPristine(): boolean;
}

/** A side effect of ending a session that is not store state; it runs after every store has been reset. */
export type ResetEffect = () => void | Promise<void>;

const stores = new Map<string, ResettableStore>();
const effects = new Map<string, ResetEffect>();

/** Registers a patient store under a unique name (createPatientStore does this). */
export function registerPatientStore(name: string, store: ResettableStore): void {
  stores.set(name, store);
}

/** Every registered patient store, by name. */
export function registeredPatientStores(): ReadonlyMap<string, ResettableStore> {
  return stores;
}

/** Registers a reset effect; the same name replaces the earlier one. Returns an unregister. */
export function registerResetEffect(name: string, effect: ResetEffect): () => void {
  effects.set(name, effect);
  return () => {
    if (effects.get(name) === effect) effects.delete(name);
  };
}

/** Every registered reset effect, by name, in registration order. */
export function registeredResetEffects(): ReadonlyMap<string, ResetEffect> {
  return effects;
}
