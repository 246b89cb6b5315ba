import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './decisions/appProtocol';
import { byteRange } from './decisions/byteRange';
import { resolveAppRequest, type RecordingsRoot } from './decisions/recordingsRoute';
import { CONTENT_SECURITY_POLICY } from './decisions/contentSecurityPolicy';
import { createLogger } from '../core/log/logger';

const log = createLogger('protocol');

/** Must run before app 'ready': makes app:// a secure, standard origin (fetch, storage, code cache). */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true },
    },
  ]);
}

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** The whole file, or the one byte range a media element asked for (to seek, or to replay from the start). */
function respond(body: Buffer<ArrayBuffer>, mimeType: string, rangeHeader: string | null): Response {
  const range = byteRange(rangeHeader, body.length);
  const headers = { ...HEADERS, 'Content-Type': mimeType, 'Accept-Ranges': 'bytes' };
  if (range.kind === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${body.length}` } });
  }
  if (range.kind === 'whole') return new Response(body, { status: 200, headers });
  return new Response(body.subarray(range.start, range.end + 1), {
    status: 206,
    headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${body.length}` },
  });
}

/**
 * Serves the built renderer from `rootDir` over app://, with the CSP on every
 * response, and `/recordings/…` from the clinic's recordings folder: only the
 * files main accepted into the manifest at start (see main/recordings/).
 */
export function serveAppProtocol(rootDir: string, recordings: () => RecordingsRoot | null = () => null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const lookup = resolveAppRequest(rootDir, recordings(), request.url);
    if (lookup.kind === 'rejected') {
      log.warn(`app:// refused ${request.url}: ${lookup.reason}`);
      return new Response(null, { status: lookup.status });
    }
    try {
      return respond(await readFile(lookup.filePath), lookup.mimeType, request.headers.get('Range'));
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
