import type { SettingsView } from '../../core/host/contract';
import type { SettingsPatch } from '../../core/settings/patch';
import { getHost } from '../host';
import { useSettings } from './settingsStore';
import { createLogger } from '../../core/log/logger';

const log = createLogger('settings');

function apply(view: SettingsView): void {
  useSettings.getState().applySettings(view.settings, view.lockedPaths, view.notice);
}

/**
 * Reads the settings in force from the host into useSettings, before the first
 * render. If the host fails, the kiosk runs on defaults (never a blank screen).
 */
export async function loadSettings(): Promise<void> {
  try {
    apply(await getHost().getSettings());
  } catch (error) {
    log.error('could not load settings; running on defaults', error);
    const { settings } = useSettings.getState();
    useSettings
      .getState()
      .applySettings(settings, [], 'The settings could not be read; the kiosk is running on defaults.');
  }
}

/**
 * Saves a staff change and applies the result live. Rejects with the host's
 * staff-readable message (locked by policy, invalid combination); nothing changes then.
 */
export async function saveSettings(patch: SettingsPatch): Promise<SettingsView> {
  const view = await getHost().updateSettings(patch);
  apply(view);
  return view;
}
