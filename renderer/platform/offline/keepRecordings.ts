/**
 * The clinic's recordings are served beside the web build, not built into it, so the service
 * worker cannot precache them. Once the worker is ready, this copies the recordings list and
 * every listed recording not yet kept into the cache the worker answers from when offline
 * (scripts/offlineKioskPlugin.ts), so Listen plays the same recordings without Wi-Fi.
 */
import { RecordingsManifestSchema } from '../../../core/recordings/manifest';
import { MANIFEST_FILE_NAME, RECORDINGS_OFFLINE_CACHE, RECORDINGS_URL_PATH } from '../../../core/recordings/naming';
import { createLogger } from '../../../core/log/logger';

const log = createLogger('offline-cache');

/** Returns how many recordings were newly kept; never throws (a failure leaves the network path). */
export async function keepRecordingsOffline(cacheStorage: CacheStorage = caches): Promise<number> {
  try {
    const cache = await cacheStorage.open(RECORDINGS_OFFLINE_CACHE);
    const listUrl = `${RECORDINGS_URL_PATH}${MANIFEST_FILE_NAME}`;
    const response = await fetch(listUrl, { cache: 'no-store' });
    if (!response.ok) return 0;
    const parsed = RecordingsManifestSchema.safeParse(await response.clone().json());
    if (!parsed.success) return 0;
    await cache.put(listUrl, response);
    let kept = 0;
    for (const file of parsed.data.files) {
      const url = `${RECORDINGS_URL_PATH}${file}`;
      if (await cache.match(url)) continue;
      try {
        await cache.add(url);
        kept += 1;
      } catch (error) {
        log.warn(`could not keep ${url} for offline use`, error);
      }
    }
    return kept;
  } catch (error) {
    log.warn('could not keep the recordings for offline use', error);
    return 0;
  }
}
