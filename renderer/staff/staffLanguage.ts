import { LANGUAGE_CODES, type LanguageCode } from '../../core/languages';
import { resolveStaffLanguage } from '../../core/settings/staffLanguage';
import type { StaffLanguage } from '../../core/settings/schema';
import { changeLanguage } from '../platform/i18n/i18n';
import { useSettings } from '../settings/settingsStore';

function computerLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/** The language staff screens speak now: staff's own setting, never the patients' default. */
export function staffLanguageFor(setting: StaffLanguage): LanguageCode {
  return resolveStaffLanguage(setting, computerLanguages(), LANGUAGE_CODES);
}

export function useStaffLanguage(): LanguageCode {
  return staffLanguageFor(useSettings((s) => s.settings.staff.language));
}

/** What 'system' means on this computer (shown beside the choice). */
export function systemStaffLanguage(): LanguageCode {
  return staffLanguageFor('system');
}

/**
 * Switches the screens to the staff language (on opening the PIN pad, and when staff change it).
 * Leaving staff mode ends the session, whose reset puts the patients' default back.
 */
export async function enterStaffLanguage(): Promise<void> {
  try {
    await changeLanguage(staffLanguageFor(useSettings.getState().settings.staff.language));
  } catch (error) {
    console.error('could not switch to the staff language; staying in the current one', error);
  }
}
