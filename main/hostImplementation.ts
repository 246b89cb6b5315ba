import { app } from 'electron';
import type { HostImplementation } from '../core/host/contract';
import { createMainPinService } from './pinStore';
import { createDataCalls, type DataCallContext } from './dataCalls';

export interface HostContext extends DataCallContext {
  kiosk: boolean;
  /** The renderer's heartbeat arrived (main/heartbeat.ts). */
  onHeartbeat?: () => void;
}

/** The Electron side of the host contract. */
export function createHostImplementation(context: HostContext): HostImplementation {
  const pin = createMainPinService();
  return {
    getAppInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      kiosk: context.kiosk,
      platform: process.platform,
    }),
    ping: ({ nonce }) => ({ nonce, receivedAt: Date.now() }),
    heartbeat: () => {
      context.onHeartbeat?.();
      return { ok: true as const };
    },
    getPinStatus: () => pin.getPinStatus(),
    setPin: ({ newPin, currentPin }) => pin.setPin(newPin, currentPin),
    verifyPin: ({ pin: attempt }) => pin.verifyPin(attempt),
    ...createDataCalls(context),
  };
}
