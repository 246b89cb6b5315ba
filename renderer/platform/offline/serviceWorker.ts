/**
 * The offline web kiosk's service worker (built by vite-plugin-pwa, scripts/offlineKioskPlugin.ts).
 * Registered only in a production browser host served over http(s): never inside Electron (its
 * app:// files are already local) and never in the dev server. A new build does not take over
 * while someone is reading: it waits until applyWaitingUpdate() is called between patients.
 */
import { registerResetEffect } from '../../session/resetRegistry';
import { createLogger } from '../../../core/log/logger';

const log = createLogger('offline-cache');

type UpdateServiceWorker = (reloadPage?: boolean) => Promise<void>;

const HOURLY = 60 * 60 * 1000;

let waitingUpdate: UpdateServiceWorker | null = null;

export interface OfflineCacheEnvironment {
  production: boolean;
  hasElectronBridge: boolean;
  protocol: string;
  hasServiceWorker: boolean;
}

/** Whether this page should run the offline cache (pure, unit-tested). */
export function offlineCacheWanted(env: OfflineCacheEnvironment): boolean {
  return env.production && !env.hasElectronBridge && env.hasServiceWorker && /^https?:$/.test(env.protocol);
}

/** Registers the worker; resolves once registration was attempted (failure is logged, the app runs on). */
function currentEnvironment(): OfflineCacheEnvironment {
  const inBrowser = typeof window !== 'undefined' && typeof navigator !== 'undefined';
  return {
    production: import.meta.env.PROD,
    hasElectronBridge: inBrowser && window.kiosk !== undefined,
    protocol: inBrowser ? window.location.protocol : '',
    hasServiceWorker: inBrowser && 'serviceWorker' in navigator,
  };
}

export async function startOfflineCache(env: OfflineCacheEnvironment = currentEnvironment()): Promise<void> {
  if (!offlineCacheWanted(env)) return;
  try {
    const { registerSW } = await import('virtual:pwa-register');
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        waitingUpdate = update;
        document.documentElement.dataset.appUpdate = 'waiting';
      },
      onOfflineReady: () => {
        document.documentElement.dataset.offlineReady = 'true';
      },
      // Tablets stay open for weeks: look for a new build every hour (offline, the check just fails).
      onRegisteredSW: (_url, registration) => {
        // Each start: keep any new recording for offline use. Loaded once the worker is ready, so
        // its manifest schema (zod) stays out of the code a patient waits for.
        void navigator.serviceWorker.ready
          .then(() => import('./keepRecordings'))
          .then(({ keepRecordingsOffline }) => keepRecordingsOffline())
          .catch((error: unknown) => log.warn('could not keep the recordings for offline use', error));
        if (registration)
          setInterval(
            () => void registration.update().catch((error: unknown) => log.warn('hourly update check failed', error)),
            HOURLY,
          );
      },
      onRegisterError: (error: unknown) => log.error('the service worker was refused', error),
    });
  } catch (error) {
    log.error('offline cache unavailable', error);
  }
}

/**
 * Between patients: if a new build is waiting, switch to it (the page reloads onto the start
 * screen). Returns whether an update was applied. Call it only once a session has ended.
 */
export function applyWaitingUpdate(): boolean {
  const update = waitingUpdate;
  if (update === null) return false;
  waitingUpdate = null;
  void update(true).catch((error: unknown) => log.error('update failed', error));
  return true;
}

/**
 * The offline web app as a boot service (startServices): registers the worker, and the session-end
 * step that applies a waiting build — so an update lands between patients, never during one.
 */
export function startOfflineWebApp(): () => void {
  const unregister = registerResetEffect('apply-app-update', () => void applyWaitingUpdate());
  void startOfflineCache();
  return unregister;
}
