import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PatientEvent } from '../../core/usage/events';
import {
  registeredPatientStores,
  registeredResetEffects,
  registerResetEffect,
  resetPatientSession,
} from '../../renderer/session/resetRegistry';

const rendererDir = path.resolve(import.meta.dirname, '../../renderer');

/** Every renderer module that creates a patient store: found by reading the source, so a new store cannot be missed. */
function patientStoreModules(dir: string = rendererDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return patientStoreModules(full);
    if (!/\.tsx?$/.test(name) || name === 'createPatientStore.ts') return [];
    return readFileSync(full, 'utf8').includes('createPatientStore<') ||
      readFileSync(full, 'utf8').includes('createPatientStore(')
      ? [full]
      : [];
  });
}

interface AnyStore {
  getState(): Record<string, unknown>;
  setState(partial: Record<string, unknown>): void;
  subscribe: unknown;
}

function isStore(value: unknown): value is AnyStore {
  return typeof value === 'function' && 'getState' in value && 'setState' in value && 'subscribe' in value;
}

/** A different value of the same rough shape, so "not pristine" is certain. */
function mutated(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return `${value}-changed`;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return [...value, 'changed'];
  if (value !== null && typeof value === 'object') return { ...value, changed: 'yes' };
  return 'changed';
}

const stores: AnyStore[] = [];

beforeAll(async () => {
  for (const file of patientStoreModules()) {
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    stores.push(...Object.values(module).filter(isStore));
  }
  await import('../../renderer/session/resetAll');
});

describe('the one session reset', () => {
  it('finds the patient stores and they all registered', () => {
    expect(patientStoreModules().length).toBeGreaterThan(0);
    expect(stores.length).toBeGreaterThanOrEqual(registeredPatientStores().size);
    expect([...registeredPatientStores().keys()]).toEqual(expect.arrayContaining(['navigation']));
  });

  it('puts every registered store back to its initial state after every field was changed', () => {
    for (const store of stores) {
      const state = store.getState();
      const patch = Object.fromEntries(
        Object.entries(state)
          .filter(([, value]) => typeof value !== 'function')
          .map(([key, value]) => [key, mutated(value)]),
      );
      store.setState(patch);
    }
    // Proves the mutation reached every registered store (else the next check proves nothing).
    const untouched = [...registeredPatientStores()].filter(([, store]) => store.isPristine()).map(([name]) => name);
    expect(
      untouched,
      'registered stores this test could not change: export them from a module under renderer/',
    ).toEqual([]);

    resetPatientSession();

    const dirty = [...registeredPatientStores()].filter(([, store]) => !store.isPristine()).map(([name]) => name);
    expect(dirty, 'stores still holding the last patient’s state').toEqual([]);
  });

  it('clears a realistic session through the stores’ own actions', async () => {
    const { useNavigation } = await import('../../renderer/session/navigation');
    useNavigation.getState().go('language');
    useNavigation.getState().go('topics');
    useNavigation.getState().go('page', { topic: 'what-is-neuropathy', page: '2' });
    expect(registeredPatientStores().get('navigation')?.isPristine()).toBe(false);
    resetPatientSession();
    expect(useNavigation.getState().route).toEqual({ screen: 'attract', params: {} });
    expect(useNavigation.getState().history).toEqual([]);
  });

  it('registers the non-store effects (speech, dialogs, scroll, focus, language) and runs them after the stores', () => {
    expect([...registeredResetEffects().keys()]).toEqual(
      expect.arrayContaining(['speech', 'open-dialogs', 'scroll-positions', 'focus', 'language']),
    );
    const order: string[] = [];
    const navigation = registeredPatientStores().get('navigation');
    const unregisterOrder = registerResetEffect('test-order', () => {
      order.push(navigation?.isPristine() ? 'effect-after-stores' : 'effect-before-stores');
    });
    const unregisterThrows = registerResetEffect('test-throws', () => {
      throw new Error('broken effect');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    resetPatientSession();
    expect(order).toEqual(['effect-after-stores']);
    expect(errors).toHaveBeenCalledWith('reset effect test-throws failed', expect.any(Error));
    errors.mockRestore();
    unregisterOrder();
    unregisterThrows();
    expect([...registeredResetEffects().keys()]).not.toContain('test-throws');
  });
});

describe('resetKiosk', () => {
  it('reports an idle reset once, only for a session that started and did not end', async () => {
    const { resetKiosk } = await import('../../renderer/session/resetAll');
    const { onPatientEvent } = await import('../../renderer/session/patientEvents');
    const { useJourney } = await import('../../renderer/session/journey');
    const events: PatientEvent[] = [];
    const stop = onPatientEvent((event) => events.push(event));

    resetKiosk('idle-reset');
    expect(events).toEqual([]);

    useJourney.getState().startSession();
    resetKiosk('idle-reset');
    expect(events.map((e) => (e.type === 'session-ended' ? e.how : e.type))).toEqual(['session-started', 'idle-reset']);
    expect(registeredPatientStores().get('journey')?.isPristine()).toBe(true);

    useJourney.getState().startSession();
    useJourney.getState().endSession('finished');
    resetKiosk('idle-reset');
    expect(events.filter((e) => e.type === 'session-ended')).toHaveLength(2);
    stop();
  });
});
