import type { HostImplementation } from '../../core/host/contract';
import { createSettingsService } from '../../core/settings/service';
import type { TextStore } from '../../core/storage';
import { createUsageService } from '../../core/usage/service';

export const SETTINGS_STORAGE_KEY = 'b12kiosk.settings.v1';
export const USAGE_STORAGE_KEY = 'b12kiosk.usage.v1';

/** One localStorage key as a TextStore; a damaged value is copied aside under "<key>.bad-<timestamp>". */
export function localStorageStore(key: string, storage: Storage = window.localStorage): TextStore {
  return {
    read: () => storage.getItem(key),
    write(text) {
      try {
        storage.setItem(key, text);
      } catch (error) {
        // Quota or private mode: the kiosk keeps running on what it has in memory.
        console.error(`could not save ${key}`, error);
      }
    },
    setAside(suffix) {
      const aside = `${key}.${suffix}`;
      const text = storage.getItem(key);
      if (text !== null) storage.setItem(aside, text);
      storage.removeItem(key);
      return aside;
    },
  };
}

type DataCallName =
  | 'getSettings'
  | 'updateSettings'
  | 'recordUsage'
  | 'getUsage'
  | 'exportUsageCsv'
  | 'saveUsageCsv'
  | 'restartApp'
  | 'quitKiosk';

/**
 * Settings and usage counts for the browser host. There is no managed policy in a
 * browser (nothing is locked). Saving a CSV is a download the UI makes from
 * exportUsageCsv; restart is a page reload the UI makes; quitting is not possible.
 */
export function createBrowserDataCalls(storage: Storage = window.localStorage): Pick<HostImplementation, DataCallName> {
  const settings = createSettingsService({
    store: localStorageStore(SETTINGS_STORAGE_KEY, storage),
    policy: { policy: null, notice: null },
    damagedSubject: 'The saved settings value was',
  });
  const usage = createUsageService({
    store: localStorageStore(USAGE_STORAGE_KEY, storage),
    onProblem: (message) => console.error(message),
  });
  return {
    getSettings: () => settings.getSettings(),
    updateSettings: (patch) => settings.updateSettings(patch),
    recordUsage: (event) => {
      usage.record(event);
      return { ok: true };
    },
    getUsage: (arg) => usage.summary(arg?.days),
    exportUsageCsv: () => usage.exportCsv(),
    saveUsageCsv: () => ({ saved: false }),
    restartApp: () => ({ ok: true }),
    quitKiosk: () => ({ ok: false }),
  };
}
