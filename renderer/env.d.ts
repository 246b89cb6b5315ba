/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />
import type { HostApi } from '../core/host/contract';

declare global {
  const __APP_VERSION__: string;
  const __APP_NAME__: string;

  interface Window {
    /** Present only inside the Electron shell (defined by the preload). */
    kiosk?: HostApi;
  }
}
