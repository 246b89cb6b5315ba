import { create } from 'zustand';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults';
import type { Settings } from '../../core/settings/schema';

interface SettingsState {
  settings: Settings;
  /** Dotted paths a managed policy has fixed (shown as locked to staff). */
  lockedPaths: readonly string[];
  /** A staff-facing notice, e.g. "settings file was damaged; running on defaults". */
  notice: string | null;
  loaded: boolean;
  applySettings(settings: Settings, lockedPaths?: readonly string[], notice?: string | null): void;
}

/**
 * The settings in force (defaults ← saved ← policy), as the host reports them.
 * Not patient state: ending a session never touches it.
 */
export const useSettings = create<SettingsState>()((set) => ({
  settings: DEFAULT_SETTINGS,
  lockedPaths: [],
  notice: null,
  loaded: false,
  applySettings: (settings, lockedPaths = [], notice = null) => set({ settings, lockedPaths, notice, loaded: true }),
}));
