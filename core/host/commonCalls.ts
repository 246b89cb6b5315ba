import type { LogEntry, LogRequest } from '../log/entry';
import type { PinService } from '../pin/service';
import type { SettingsService } from '../settings/service';
import type { UsageService } from '../usage/service';
import type { HostCallName, HostImplementation } from './contract';

/** The calls both hosts answer the same way; each host adds only what differs (see HostSpecificCalls). */
export type CommonCallName =
  | 'ping'
  | 'getPinStatus'
  | 'setPin'
  | 'verifyPin'
  | 'endStaffSession'
  | 'getSettings'
  | 'updateSettings'
  | 'recordUsage'
  | 'getUsage'
  | 'exportUsageCsv'
  | 'log'
  | 'getRecentProblems';

export type CommonCalls = Pick<HostImplementation, CommonCallName>;
/** What a host must still supply: app info, heartbeat, saving a file, restart and quit. */
export type HostSpecificCalls = Pick<HostImplementation, Exclude<HostCallName, CommonCallName>>;

export interface CommonServices {
  settings: SettingsService;
  usage: UsageService;
  pin: PinService;
  /** The host side of the renderer's `log` call (core/log/hostLog.ts); false when rate-limited. */
  rendererLog: (request: LogRequest) => boolean;
  recentProblems: () => LogEntry[];
  now?: () => number;
}

/**
 * Settings, usage counts, the PIN, logging and ping, written once for both hosts. Each host
 * keeps only its storage (files or localStorage) and the calls that really differ.
 */
export function createCommonCalls(services: CommonServices): CommonCalls {
  const now = services.now ?? Date.now;
  return {
    ping: ({ nonce }) => ({ nonce, receivedAt: now() }),
    getPinStatus: () => services.pin.getPinStatus(),
    setPin: ({ newPin, currentPin }) => services.pin.setPin(newPin, currentPin),
    verifyPin: ({ pin }) => services.pin.verifyPin(pin),
    // The dispatcher closes the session; there is nothing else to do.
    endStaffSession: () => ({ ok: true as const }),
    getSettings: () => services.settings.getSettings(),
    updateSettings: (patch) => services.settings.updateSettings(patch),
    recordUsage: (event) => {
      services.usage.record(event);
      return { ok: true as const };
    },
    getUsage: (arg) => services.usage.summary(arg?.days),
    exportUsageCsv: () => services.usage.exportCsv(),
    log: (request) => ({ logged: services.rendererLog(request) }),
    getRecentProblems: () => ({ entries: services.recentProblems() }),
  };
}
