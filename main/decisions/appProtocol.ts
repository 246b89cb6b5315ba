import path from 'node:path';

/** The privileged scheme the renderer is served from; never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export type AppFileLookup =
  { kind: 'file'; filePath: string; mimeType: string } | { kind: 'rejected'; status: 400 | 403 | 404; reason: string };

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

/**
 * Maps an app:// URL to a file inside `rootDir`, refusing anything that would
 * escape it (../, encoded separators, absolute paths, NUL bytes) or that is not a
 * type the kiosk ships. Pure: the caller reads the file.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): AppFileLookup {
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
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${relative}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { kind: 'rejected', status: 403, reason: 'path escapes the app folder' };
  }
  const mimeType = mimeTypeFor(filePath);
  if (!mimeType) return { kind: 'rejected', status: 404, reason: 'unknown file type' };
  return { kind: 'file', filePath, mimeType };
}
