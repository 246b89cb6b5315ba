import { statSync } from 'node:fs';
import { EMPTY_MANIFEST, type RecordingsManifest } from '../../core/recordings/manifest';
import type { RecordingsRoot } from '../decisions/recordingsRoute';
import { inspectRecordingsFolder } from './inspectFolder';

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

export interface RecordingsService {
  /** The manifest, once the folder has been read at start (an empty one if there is no folder). */
  manifest(): Promise<RecordingsManifest>;
  /** What app:// may serve from the folder: null until the folder has been read, or when there is none. */
  root(): RecordingsRoot | null;
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the clinic's recordings folder once, at start: every file named after
 * a page and readable as MP3 or WAV goes into the manifest; every other file
 * is skipped with one log line saying why, so the Listen button never offers a
 * recording that cannot play. Files added later are seen at the next start.
 */
export function startRecordings(choice: { folder: string; fromPolicy: boolean }, log: Log): RecordingsService {
  let root: RecordingsRoot | null = null;
  const read = async (): Promise<RecordingsManifest> => {
    const { folder, fromPolicy } = choice;
    if (!isFolder(folder)) {
      const message = `recordings: no folder at ${folder}${fromPolicy ? ' (set by the managed policy)' : ''}; none played`;
      if (fromPolicy) log.warn(message);
      else log.info(message);
      return EMPTY_MANIFEST;
    }
    try {
      const { accepted, rejected } = await inspectRecordingsFolder(folder, { duration: false });
      for (const { file, reason } of rejected) log.warn(`recordings: skipped ${file}: ${reason}`);
      const files = accepted.map((recording) => recording.name.file);
      root = { folder, files: new Set(files) };
      log.info(`recordings: ${files.length} from ${folder} (${rejected.length} skipped)`);
      return { files };
    } catch (error) {
      log.warn(`recordings: ${folder} could not be read (${error instanceof Error ? error.message : String(error)})`);
      return EMPTY_MANIFEST;
    }
  };
  const ready = read();
  return { manifest: () => ready, root: () => root };
}
