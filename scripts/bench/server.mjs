// One static server for the kiosk's build and the benchmark's reference pages, so
// both pay the same network and server costs. Files are sent as they are on disk,
// uncompressed, as Electron's app:// protocol sends them.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under root, or null if it leaves root or does not exist. */
function resolveFile(root, urlPath) {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (!existsSync(file)) return null;
  const stat = statSync(file);
  if (stat.isDirectory()) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : null;
  return file;
}

/**
 * Serves appRoot at / and referenceRoot at /__bench/ on 127.0.0.1:port.
 * Resolves to { url, close } once listening.
 */
export function startServer({ appRoot, referenceRoot, port }) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const [root, rest] = pathname.startsWith('/__bench/')
      ? [referenceRoot, pathname.slice('/__bench/'.length)]
      : [appRoot, pathname];
    const file = resolveFile(root, rest);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) }),
    );
  });
}
