import path from 'node:path';

/** The privileged scheme the renderer is served from; never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export type AppFileRejection = { kind: 'rejected'; status: 400 | 403 | 404; reason: string };
export type AppFileLookup = { kind: 'file'; filePath: string; mimeType: string } | AppFileRejection;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string | undefined {
  return MIME_TYPES[path.extname(filePath).toLowerCase()];
}

/** A file inside `rootDir` for an already-decoded, already-checked path, or why not. */
export function resolveInsideRoot(rootDir: string, relative: string, rootName: string): AppFileLookup {
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${relative}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { kind: 'rejected', status: 403, reason: `path escapes the ${rootName}` };
  }
  const mimeType = mimeTypeFor(filePath);
  if (!mimeType) return { kind: 'rejected', status: 404, reason: 'unknown file type' };
  return { kind: 'file', filePath, mimeType };
}

/**
 * The decoded path of an app:// URL (`/assets/a.js`), refusing other origins,
 * broken encodings, NUL bytes and backslashes before any root is looked at.
 */
export function appRequestPath(requestUrl: string): { kind: 'path'; relative: string } | AppFileRejection {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'rejected', status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { kind: 'rejected', status: 403, reason: `foreign origin ${url.protocol}//${url.host}` };
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'rejected', status: 400, reason: 'malformed percent-encoding' };
  }
  if (relative.includes('\0') || relative.includes('\\')) {
    return { kind: 'rejected', status: 400, reason: 'forbidden character in path' };
  }
  return { kind: 'path', relative: relative === '/' || relative === '' ? '/index.html' : relative };
}

/**
 * Maps an app:// URL to a file inside `rootDir`, refusing anything that would
 * escape it (../, encoded separators, absolute paths, NUL bytes) or that is not a
 * type the kiosk ships. Pure: the caller reads the file.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): AppFileLookup {
  const request = appRequestPath(requestUrl);
  if (request.kind === 'rejected') return request;
  return resolveInsideRoot(rootDir, request.relative, 'app folder');
}
