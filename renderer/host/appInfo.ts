import { create } from 'zustand';
import type { AppInfo, Capabilities } from '../../core/host/contract';

/** The host's answer to getAppInfo, fetched once at start (app/useHostHandshake.ts). Null until it answers. */
export const useAppInfo = create<{ info: AppInfo | null }>()(() => ({ info: null }));

const NOTHING: Capabilities = { canQuit: false, canSaveFile: false, canPrint: false };

/** What this host can do; the UI asks this, never which host it is. Nothing until the host has answered. */
export function useCapabilities(): Capabilities {
  return useAppInfo((s) => s.info?.capabilities ?? NOTHING);
}
