import { create } from 'zustand';
import type { AppInfo, Capabilities } from '../../core/host/contract';

/**
 * The host's answer to getAppInfo, fetched once at start (app/useHostHandshake.ts). `info` is null
 * until it answers; `settled` turns true when it has answered or failed.
 */
export const useAppInfo = create<{ info: AppInfo | null; settled: boolean }>()(() => ({ info: null, settled: false }));

const NOTHING: Capabilities = { canQuit: false, canSaveFile: false, canPrint: false };

/**
 * What this host can do (quit, save a file, print silently); the UI asks this, never which host
 * it is. Null until the host has answered; nothing at all if it never could.
 */
export function useCapabilities(): Capabilities | null {
  return useAppInfo((s) => (s.settled ? (s.info?.capabilities ?? NOTHING) : null));
}
