import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { MANIFEST_FILE_NAME, RECORDINGS_URL_PATH } from '../core/recordings/naming';
import { byteRange } from '../main/decisions/byteRange';
import { mimeTypeFor } from '../main/decisions/appProtocol';
import { inspectRecordingsFolder } from '../main/recordings/inspectFolder';

/**
 * The browser host's recordings root, for `vite` and `vite preview` (`npm run
 * web`, the end-to-end tests): serves the folder named by KIOSK_RECORDINGS
 * under /recordings/, with a manifest built once at server start by the same
 * inspection main runs, so only files the kiosk accepts are listed or served.
 */
export function recordingsServer(folder: string | undefined): Plugin {
  let files: Promise<ReadonlySet<string>> | null = null;
  const accepted = () =>
    (files ??= folder
      ? inspectRecordingsFolder(folder, { duration: false }).then(({ accepted: ok, rejected }) => {
          for (const { file, reason } of rejected) console.warn(`[recordings] skipped ${file}: ${reason}`);
          return new Set(ok.map((recording) => recording.name.file));
        })
      : Promise.resolve(new Set<string>()));

  const serve = (request: IncomingMessage, response: ServerResponse, next: Connect.NextFunction) => {
    void accepted().then((known) => {
      const file = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
      if (file === MANIFEST_FILE_NAME) {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify({ files: [...known].sort() }));
        return;
      }
      if (!folder || !known.has(file)) return next();
      const filePath = path.join(folder, file);
      const size = statSync(filePath).size;
      const range = byteRange(request.headers.range ?? null, size);
      response.setHeader('Content-Type', mimeTypeFor(filePath) ?? 'application/octet-stream');
      response.setHeader('Accept-Ranges', 'bytes');
      if (range.kind === 'unsatisfiable') {
        response.statusCode = 416;
        response.setHeader('Content-Range', `bytes */${size}`);
        return void response.end();
      }
      if (range.kind === 'part') {
        response.statusCode = 206;
        response.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      }
      createReadStream(filePath, range.kind === 'part' ? { start: range.start, end: range.end } : {}).pipe(response);
    }, next);
  };
  const mount = `/${RECORDINGS_URL_PATH}`;
  return {
    name: 'kiosk-recordings-server',
    configureServer: (server) => void server.middlewares.use(mount, serve),
    configurePreviewServer: (server) => void server.middlewares.use(mount, serve),
  };
}
