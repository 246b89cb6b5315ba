import { APP_ORIGIN } from './appProtocol';

export interface RequestPolicyOptions {
  /** Dev server origin (npm run dev); undefined in kiosk builds. */
  devServerOrigin?: string | undefined;
}

/**
 * The offline guarantee: a request may proceed only if it is the app's own.
 * Everything else — http(s), ws, ftp, file, other custom schemes — is cancelled.
 */
export function isAllowedRequest(rawUrl: string, options: RequestPolicyOptions = {}): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.origin === APP_ORIGIN || `${url.protocol}//${url.host}` === APP_ORIGIN) return true;
  // data:/blob: never leave the machine; blob: must belong to our own origin.
  if (url.protocol === 'data:') return true;
  if (url.protocol === 'blob:')
    return rawUrl.startsWith(`blob:${APP_ORIGIN}/`) || isDevOrigin(rawUrl.slice(5), options);
  if (url.protocol === 'devtools:') return options.devServerOrigin !== undefined;
  return isDevOrigin(rawUrl, options);
}

function isDevOrigin(rawUrl: string, options: RequestPolicyOptions): boolean {
  if (!options.devServerOrigin) return false;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  const dev = new URL(options.devServerOrigin);
  const sameHost = url.host === dev.host;
  const httpLike = url.protocol === dev.protocol;
  const hotReloadSocket = url.protocol === 'ws:' && dev.protocol === 'http:';
  return sameHost && (httpLike || hotReloadSocket);
}

/** Navigation is allowed only to the page we already show (same document, e.g. a hash change). */
export function isAllowedNavigation(targetUrl: string, currentUrl: string): boolean {
  try {
    const target = new URL(targetUrl);
    const current = new URL(currentUrl);
    // URL.origin is "null" for custom schemes such as app:, so compare scheme and host explicitly.
    const sameOrigin = target.protocol === current.protocol && target.host === current.host;
    return sameOrigin && target.pathname === current.pathname && target.search === current.search;
  } catch {
    return false;
  }
}
