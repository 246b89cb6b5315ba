import { createSettingsService, type SettingsService } from '../../core/settings/service';
import type { TextStore } from '../../core/storage';
import { createLogger } from '../../core/log/logger';
import { createUsageService, type UsageService } from '../../core/usage/service';

export const SETTINGS_STORAGE_KEY = 'b12kiosk.settings.v1';
export const USAGE_STORAGE_KEY = 'b12kiosk.usage.v1';

const log = createLogger('browser-storage');
const BAD_COPIES_KEPT = 5;

/** One localStorage key as a TextStore; a damaged value is copied aside under "<key>.bad-<timestamp>". */
export function localStorageStore(key: string, storage: Storage = window.localStorage): TextStore {
  return {
    read: () => storage.getItem(key),
    write(text) {
      try {
        storage.setItem(key, text);
      } catch (error) {
        // Quota or private mode: the kiosk keeps running on what it has in memory.
        log.error(`could not save ${key}`, error);
      }
    },
    setAside(suffix) {
      let aside = `${key}.${suffix}`;
      for (let n = 2; storage.getItem(aside) !== null; n += 1) aside = `${key}.${suffix}-${n}`;
      const text = storage.getItem(key);
      if (text !== null) storage.setItem(aside, text);
      storage.removeItem(key);
      // Keep the newest few damaged copies, as in Electron.
      const copies = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
        .filter((name) => name.startsWith(`${key}.bad-`))
        .sort();
      for (const old of copies.slice(0, Math.max(0, copies.length - BAD_COPIES_KEPT))) storage.removeItem(old);
      return aside;
    },
  };
}

/** Settings and usage counts for the browser host. There is no managed policy in a browser (nothing is locked). */
export function createBrowserDataServices(storage: Storage = window.localStorage): {
  settings: SettingsService;
  usage: UsageService;
} {
  return {
    settings: createSettingsService({
      store: localStorageStore(SETTINGS_STORAGE_KEY, storage),
      policy: { policy: null, notice: null },
      damagedSubject: 'The saved settings value was',
    }),
    usage: createUsageService({
      store: localStorageStore(USAGE_STORAGE_KEY, storage),
      onProblem: (message) => log.error(message),
    }),
  };
}
