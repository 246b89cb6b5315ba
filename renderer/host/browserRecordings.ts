import { EMPTY_MANIFEST, RecordingsManifestSchema, type RecordingsManifest } from '../../core/recordings/manifest';
import { MANIFEST_FILE_NAME, RECORDINGS_URL_PATH } from '../../core/recordings/naming';
import { createLogger } from '../../core/log/logger';

const log = createLogger('recordings');

/**
 * The browser host's recordings: whatever serves the static build also serves
 * the clinic's folder under recordings/, with its manifest.json (written by
 * `npm run recordings:check <folder> -- --write-manifest`, or built live by
 * `vite preview`/`vite` from KIOSK_RECORDINGS). No manifest means no recordings.
 */
export async function fetchRecordingsManifest(): Promise<RecordingsManifest> {
  try {
    const response = await fetch(`${RECORDINGS_URL_PATH}${MANIFEST_FILE_NAME}`, { cache: 'no-store' });
    if (!response.ok) return EMPTY_MANIFEST;
    const parsed = RecordingsManifestSchema.safeParse(await response.json());
    if (!parsed.success) log.warn(`${RECORDINGS_URL_PATH}${MANIFEST_FILE_NAME} is not a manifest`);
    return parsed.success ? parsed.data : EMPTY_MANIFEST;
  } catch (error) {
    log.warn(`could not read ${RECORDINGS_URL_PATH}${MANIFEST_FILE_NAME}; no recordings`, error);
    return EMPTY_MANIFEST;
  }
}
