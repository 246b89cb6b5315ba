import { useCallback } from 'react';
import type { SettingsPatch } from '../../../core/settings/patch';
import { undoPatch } from '../../../core/settings/undo';
import { saveSettings } from '../../settings/loadSettings';
import { useSettings } from '../../settings/settingsStore';
import { useStaffChanges } from './staffChanges';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Saves one change at once through the host and applies what the host says is now in force.
 * `description` says what changed in the staff language ("Default text size: Large"); the bar
 * at the top shows it, with an undo of exactly this change.
 */
export function useSaveSettings(): (patch: SettingsPatch, description: string) => Promise<boolean> {
  return useCallback(async (patch, description) => {
    const undo = undoPatch(useSettings.getState().settings, patch);
    try {
      await saveSettings(patch);
      useStaffChanges.getState().saved(description, undo);
      return true;
    } catch (error) {
      useStaffChanges.getState().failed(reasonOf(error));
      return false;
    }
  }, []);
}

/** Puts back the last saved change. */
export async function undoLastChange(): Promise<void> {
  const { last } = useStaffChanges.getState();
  if (!last || last.undone) return;
  try {
    await saveSettings(last.undo);
    useStaffChanges.getState().undone();
  } catch (error) {
    useStaffChanges.getState().failed(reasonOf(error));
  }
}

/** True when a managed policy fixes this dotted path (or a parent of it). */
export function useIsLocked(path: string): boolean {
  return useSettings((s) => s.lockedPaths.some((locked) => path === locked || path.startsWith(`${locked}.`)));
}
