import path from 'node:path';
import { RECORDINGS_URL_PATH } from '../../core/recordings/naming';
import { appRequestPath, resolveInsideRoot, type AppFileLookup } from './appProtocol';

/** `/recordings/`: the one part of app:// served from outside the app, from the clinic's recordings folder. */
export const RECORDINGS_PREFIX = `/${RECORDINGS_URL_PATH}`;

/** The clinic's recordings folder and the files main accepted from it at start (the manifest). */
export interface RecordingsRoot {
  folder: string;
  files: ReadonlySet<string>;
}

/**
 * Maps an app:// URL to a file: `/recordings/<lang>/<page>.<ext>` inside the
 * recordings folder, and only when that exact file is in the manifest (so a
 * file added, swapped or linked after start is never served); everything else
 * inside the built renderer, as before. Both roots get the same traversal checks.
 */
export function resolveAppRequest(
  appRoot: string,
  recordings: RecordingsRoot | null,
  requestUrl: string,
): AppFileLookup {
  const request = appRequestPath(requestUrl);
  if (request.kind === 'rejected') return request;
  if (!request.relative.startsWith(RECORDINGS_PREFIX))
    return resolveInsideRoot(appRoot, request.relative, 'app folder');
  const file = request.relative.slice(RECORDINGS_PREFIX.length);
  if (!recordings) return { kind: 'rejected', status: 404, reason: 'no recordings folder' };
  if (!recordings.files.has(file)) return { kind: 'rejected', status: 404, reason: 'not in the recordings manifest' };
  return resolveInsideRoot(recordings.folder, `/${file}`, 'recordings folder');
}

/** `recordings/` beside the policy file in force: the per-OS default place (e.g. /etc/b12-kiosk/recordings). */
export function defaultRecordingsFolder(policyPath: string, platform: string): string {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  return paths.join(paths.dirname(policyPath), 'recordings');
}

/** The policy's `recordings.folder` wins over the default; says which, for the log line. */
export function chooseRecordingsFolder(
  policyFolder: string | undefined,
  policyPath: string,
  platform: string,
): { folder: string; fromPolicy: boolean } {
  if (policyFolder) return { folder: policyFolder, fromPolicy: true };
  return { folder: defaultRecordingsFolder(policyPath, platform), fromPolicy: false };
}
