import type { HostApi } from '../../core/host/contract';
import { asHostApi, createBrowserImplementation } from './browserHost';

let host: HostApi | undefined;

/** The Electron bridge when the preload defined one, else the browser host. */
export function getHost(): HostApi {
  host ??= window.kiosk ?? asHostApi(createBrowserImplementation());
  return host;
}
