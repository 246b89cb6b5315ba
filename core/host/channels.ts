/**
 * Names of the host calls and their IPC channels, without schemas: the preload
 * imports only this, so the sandboxed bridge stays tiny. contract.ts checks at
 * compile time that this list and the schema map agree.
 */
export const HOST_CALL_NAMES = [
  'getAppInfo',
  'ping',
  'getPinStatus',
  'setPin',
  'verifyPin',
  'endStaffSession',
  'getSettings',
  'updateSettings',
  'recordUsage',
  'getUsage',
  'exportUsageCsv',
  'saveUsageCsv',
  'restartApp',
  'quitKiosk',
  'heartbeat',
  'log',
  'getRecentProblems',
  'getRecordings',
  'reportVoiceCheck',
] as const;

export type HostCallName = (typeof HOST_CALL_NAMES)[number];

/** IPC channel for a call; namespaced so no other channel can be mistaken for ours. */
export function channelFor(name: HostCallName): string {
  return `kiosk:${name}`;
}

/** The global the preload defines and the renderer looks for. */
export const BRIDGE_GLOBAL = 'kiosk';
