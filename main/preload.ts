import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, channelFor, HOST_CALL_NAMES, type HostCallName } from '../core/host/channels';
import type { HostApi } from '../core/host/contract';

/**
 * Exposes exactly one named function per host call as `window.kiosk`. The
 * renderer never sees ipcRenderer or a generic send; main validates everything again.
 */
function bridgeFunction(name: HostCallName) {
  return (arg?: unknown) => ipcRenderer.invoke(channelFor(name), arg);
}

const api = Object.fromEntries(HOST_CALL_NAMES.map((name) => [name, bridgeFunction(name)])) as unknown as HostApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(api));
