import { app } from 'electron';
import type { HostImplementation } from '../core/host/contract';

export interface HostContext {
  kiosk: boolean;
}

/** The Electron side of the host contract. */
export function createHostImplementation(context: HostContext): HostImplementation {
  return {
    getAppInfo: () => ({ name: app.getName(), version: app.getVersion(), host: 'electron', kiosk: context.kiosk, platform: process.platform }),
    ping: ({ nonce }) => ({ nonce, receivedAt: Date.now() }),
  };
}
