import { useEffect, useState } from 'react';
import { EMPTY_MANIFEST, RecordingsIndex } from '../../core/recordings/manifest';
import { RECORDINGS_URL_PATH } from '../../core/recordings/naming';
import { getHost } from '../host';
import { createLogger } from '../../core/log/logger';

const log = createLogger('recordings');

/**
 * The clinic's recordings, as the host lists them (main reads the folder at
 * start; the browser host reads recordings/manifest.json), so the kiosk never
 * probes for files that are not there. Asked once per run: recordings change
 * only with a restart.
 */
let loaded: Promise<RecordingsIndex> | null = null;

/** The recordings index, asked of the host once. */
export function recordingsIndex(): Promise<RecordingsIndex> {
  loaded ??= getHost()
    .getRecordings()
    .catch((error: unknown) => {
      log.warn('could not get the recordings; reading aloud uses the speech engine', error);
      return EMPTY_MANIFEST;
    })
    .then((manifest) => new RecordingsIndex(manifest));
  return loaded;
}

/** The recording's URL for this page in this language, or null. */
export async function recordingFor(language: string, pageId: string): Promise<string | null> {
  const file = (await recordingsIndex()).fileFor(language, pageId);
  return file ? `${RECORDINGS_URL_PATH}${file}` : null;
}

/** How many pages are recorded in this language (the staff voice check shows it). */
export async function recordingCount(language: string): Promise<number> {
  return (await recordingsIndex()).countFor(language);
}

/** The recordings index once the host has answered (null before). */
export function useRecordingsIndex(): RecordingsIndex | null {
  const [found, setFound] = useState<RecordingsIndex | null>(null);
  useEffect(() => {
    let current = true;
    void recordingsIndex().then((loadedIndex) => current && setFound(loadedIndex));
    return () => {
      current = false;
    };
  }, []);
  return found;
}
