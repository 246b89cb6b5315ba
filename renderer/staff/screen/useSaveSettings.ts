import { useCallback } from 'react';
import { create } from 'zustand';
import type { SettingsPatch } from '../../../core/settings/patch';
import { saveSettings } from '../../settings/loadSettings';
import { useSettings } from '../../settings/settingsStore';

/** The last refused change, shown at the top of the staff screen until the next good save. */
export const useSaveProblem = create<{ problem: string | null }>()(() => ({ problem: null }));

/** Saves one change at once through the host and applies what the host says is now in force. */
export function useSaveSettings(): (patch: SettingsPatch) => Promise<void> {
  return useCallback(async (patch) => {
    try {
      await saveSettings(patch);
      useSaveProblem.setState({ problem: null });
    } catch (error) {
      useSaveProblem.setState({ problem: error instanceof Error ? error.message : String(error) });
    }
  }, []);
}

/** True when a managed policy fixes this dotted path (or a parent of it). */
export function useIsLocked(path: string): boolean {
  return useSettings((s) => s.lockedPaths.some((locked) => path === locked || path.startsWith(`${locked}.`)));
}
