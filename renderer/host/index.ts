import type { HostApi } from '../../core/host/contract';

let host: HostApi | undefined;
let browserHost: Promise<HostApi> | undefined;

/**
 * The browser host (settings and counts in localStorage, every call validated)
 * is its own chunk: in Electron it is never fetched, and in a browser the
 * attract screen does not wait for its validator to load. Each call waits for it.
 */
function lazyBrowserHost(): HostApi {
  const load = () =>
    (browserHost ??= import('./browserHost').then(({ asHostApi, createBrowserImplementation }) =>
      asHostApi(createBrowserImplementation()),
    ));
  return new Proxy({} as HostApi, {
    get: (_target, name) =>
      // Not a promise itself: `await getHost()` must give the host, not wait for a call named "then".
      name === 'then'
        ? undefined
        : (arg?: unknown) =>
            load().then((api) => (api[name as keyof HostApi] as (arg?: unknown) => Promise<unknown>)(arg)),
  });
}

/** The Electron bridge when the preload defined one, else the browser host. */
export function getHost(): HostApi {
  host ??= window.kiosk ?? lazyBrowserHost();
  return host;
}
