import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PatientEvent } from '../../../core/usage/events';
import { startServices } from '../../../renderer/app/startServices';
import { holdIdle, openHoldReasons } from '../../../renderer/idle/idleApi';
import { useIdle } from '../../../renderer/idle/idleStore';
import { changeLanguage, initI18n } from '../../../renderer/platform/i18n/i18n';
import { endSession, SESSION_END_REASONS, type SessionEndReason } from '../../../renderer/session/endSession';
import { useNavigation } from '../../../renderer/session/navigation';
import { onPatientEvent } from '../../../renderer/session/patientEvents';
import {
  registeredPatientStores,
  registeredResetEffects,
  registerResetEffect,
} from '../../../renderer/session/resetRegistry';
import { useSessionRecord } from '../../../renderer/session/sessionRecord';
import { useSettings } from '../../../renderer/settings/settingsStore';
import { useSpeech } from '../../../renderer/speech/speechStore';
import { captureLogs } from '../support/captureLogs';
import { getHost } from '../../../renderer/host';
import { STAFF_SESSION_REQUIRED } from '../../../core/host/dispatch';

/** The PIN this file sets on the (real, localStorage) browser host to open staff sessions. */
const TEST_PIN = '97531864';

const rendererDir = path.resolve(import.meta.dirname, '../../../renderer');

/** Every renderer module that creates a patient store: found by reading the source, so a new store cannot be missed. */
function patientStoreModules(dir: string = rendererDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return patientStoreModules(full);
    if (!/\.tsx?$/.test(name) || name === 'createPatientStore.ts') return [];
    const source = readFileSync(full, 'utf8');
    return source.includes('createPatientStore<') || source.includes('createPatientStore(') ? [full] : [];
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

/** How the usage counters must class each end (they know finished, idle-reset and start-again). */
const EXPECTED_COUNT: Record<SessionEndReason, 'idle-reset' | 'start-again'> = {
  'idle-reset': 'idle-reset',
  'start-again': 'start-again',
  'error-recovery': 'start-again',
  'staff-exit': 'start-again',
};

/** happy-dom has no speech engine; this stands in for the browser's, counting cancels. */
const speechSynthesis = { cancel: vi.fn(), speak: vi.fn(), pause: vi.fn(), resume: vi.fn(), getVoices: () => [] };

const stores: AnyStore[] = [];
let stopServices: () => void = () => undefined;

beforeAll(async () => {
  Object.defineProperty(window, 'speechSynthesis', { value: speechSynthesis, configurable: true });
  for (const file of patientStoreModules()) {
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    stores.push(...Object.values(module).filter(isStore));
  }
  // The real boot wiring: whatever ending a session clears is registered here, once.
  stopServices = startServices(window);
  await initI18n();
});

afterAll(() => stopServices());

afterEach(() => {
  endSession('start-again');
  document.body.replaceChildren();
  speechSynthesis.cancel.mockClear();
});

function recordEvents(): { events: PatientEvent[]; stop: () => void } {
  const events: PatientEvent[] = [];
  return { events, stop: onPatientEvent((event) => events.push(event)) };
}

const endings = (events: PatientEvent[]) =>
  events.flatMap((event) => (event.type === 'session-ended' ? [event.how] : []));

describe('startServices registers what ending a session clears, once', () => {
  it('finds the patient stores, and they all registered', () => {
    expect(patientStoreModules().length).toBeGreaterThan(0);
    expect(stores.length).toBeGreaterThanOrEqual(registeredPatientStores().size);
    expect([...registeredPatientStores().keys()]).toEqual(
      expect.arrayContaining(['navigation', 'session-record', 'staffSession', 'read-aloud']),
    );
  });

  it('registers the effects by name: dialogs, scroll, focus, language, the narrator (the one speech effect), the web app update and the host’s staff session', () => {
    expect([...registeredResetEffects().keys()].sort()).toEqual(
      [
        'apply-app-update',
        'focus',
        'language',
        'open-dialogs',
        'read-aloud',
        'scroll-positions',
        'staff-session',
      ].sort(),
    );
  });

  it('exactly one effect silences speech: the narrator’s', async () => {
    const cancelling: string[] = [];
    for (const [name, effect] of registeredResetEffects()) {
      speechSynthesis.cancel.mockClear();
      await effect();
      if (speechSynthesis.cancel.mock.calls.length > 0) cancelling.push(name);
    }
    expect(cancelling).toEqual(['read-aloud']);
  });
});

describe.each(SESSION_END_REASONS)('endSession(%s)', (how) => {
  it(`counts a started session's end once, as ${EXPECTED_COUNT[how]}, with its duration`, () => {
    const { events, stop } = recordEvents();
    useSessionRecord.getState().start();
    endSession(how);
    endSession(how);
    stop();
    expect(events.map((event) => event.type)).toEqual(['session-started', 'session-ended']);
    expect(events[1]).toMatchObject({ how: EXPECTED_COUNT[how], durationSeconds: 0 });
  });

  it('counts nothing when no session started, or when the finish screen already counted it', () => {
    const { events, stop } = recordEvents();
    endSession(how);
    useSessionRecord.getState().start();
    useSessionRecord.getState().countEnd('finished');
    endSession(how);
    stop();
    expect(endings(events)).toEqual(['finished']);
  });

  it('puts every registered store back to its initial state after every field was changed', () => {
    for (const store of stores) {
      const state = store.getState();
      store.setState(
        Object.fromEntries(
          Object.entries(state)
            .filter(([, value]) => typeof value !== 'function')
            .map(([key, value]) => [key, mutated(value)]),
        ),
      );
    }
    // Proves the mutation reached every registered store (else the next check proves nothing).
    const untouched = [...registeredPatientStores()].filter(([, store]) => store.isPristine()).map(([name]) => name);
    expect(
      untouched,
      'registered stores this test could not change: export them from a module under renderer/',
    ).toEqual([]);

    endSession(how);

    const dirty = [...registeredPatientStores()].filter(([, store]) => !store.isPristine()).map(([name]) => name);
    expect(dirty, 'stores still holding the last patient’s state').toEqual([]);
    expect(useNavigation.getState().route).toEqual({ screen: 'attract', params: {} });
  });

  it('runs every effect once, after the stores: speech stopped, dialogs closed, focus dropped', () => {
    const calls: string[] = [];
    const unregister = registerResetEffect('test-order', () => {
      calls.push(registeredPatientStores().get('navigation')?.isPristine() ? 'after-stores' : 'before-stores');
    });
    useNavigation.getState().go('topics');
    useSpeech.getState().setStatus('speaking');
    const dialog = document.createElement('dialog');
    const button = document.createElement('button');
    dialog.append(button);
    document.body.append(dialog);
    dialog.showModal();
    button.focus();
    expect(document.activeElement).toBe(button);

    endSession(how);
    unregister();

    expect(calls).toEqual(['after-stores']);
    expect(speechSynthesis.cancel).toHaveBeenCalled();
    expect(dialog.open).toBe(false);
    expect(document.activeElement).not.toBe(button);
  });

  it('a broken effect is logged and does not stop the others', () => {
    const logged = captureLogs();
    const ran: string[] = [];
    const unregisterThrows = registerResetEffect('test-throws', () => {
      throw new Error('broken effect');
    });
    const unregisterAfter = registerResetEffect('test-after', () => void ran.push('after'));
    endSession(how);
    unregisterThrows();
    unregisterAfter();
    expect(logged).toContainEqual({
      level: 'error',
      scope: 'session',
      message: expect.stringMatching(/^reset effect test-throws failed: broken effect/),
    });
    expect(ran).toEqual(['after']);
    expect([...registeredResetEffects().keys()]).not.toContain('test-throws');
  });

  it('tells the idle machine: the last session’s holds are void and a fresh quiet spell starts', () => {
    holdIdle('test-narration');
    useIdle.getState().send({ type: 'tick', at: Date.now() });
    expect(useIdle.getState().machine.holds).toBe(1);
    const before = Date.now();
    endSession(how);
    expect(openHoldReasons()).toEqual([]);
    expect(useIdle.getState().machine).toMatchObject({ phase: 'active', holds: 0, warningSince: null });
    expect(useIdle.getState().machine.quietSince).toBeGreaterThanOrEqual(before);
  });

  it('closes the host’s staff session: staff calls are refused at once', async () => {
    const host = getHost();
    const { isSet } = await host.getPinStatus();
    const opened = isSet ? await host.verifyPin({ pin: TEST_PIN }) : await host.setPin({ newPin: TEST_PIN });
    expect(opened.ok).toBe(true);
    await expect(host.getUsage()).resolves.toHaveProperty('days');
    endSession(how);
    await vi.waitFor(() => expect(host.getUsage()).rejects.toThrow(STAFF_SESSION_REQUIRED));
  });

  it('returns to the clinic’s default language', async () => {
    await changeLanguage('es');
    expect(i18next.language).toBe('es');
    expect(useSettings.getState().settings.languages.default).toBe('en');
    endSession(how);
    await vi.waitFor(() => expect(i18next.language).toBe('en'));
  });
});
