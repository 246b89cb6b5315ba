import { badCopySuffix, errorText, type TextStore } from '../storage';
import { applySettingsUpdate, effectiveSettings } from './effective';
import type { Policy, SettingsPatch } from './patch';
import { parseSettingsFile, serializeSettings } from './parseFile';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import type { SettingsView } from './view';

export type { SettingsView } from './view';

export interface LoadedPolicy {
  policy: Policy | null;
  /** Why a policy was found but not used (shown to staff). */
  notice: string | null;
}

export interface SettingsService {
  getSettings(): SettingsView;
  /** Why the saved settings could not be used (the kiosk runs on defaults), or null; for monitoring. */
  savedSettingsProblem(): string | null;
  /** Throws an Error with a staff-readable message when the change is refused; nothing changes then. */
  updateSettings(patch: SettingsPatch): SettingsView;
}

interface Loaded {
  saved: Settings | null;
  notice: string | null;
}

function loadSaved(store: TextStore, now: () => Date, subject: string): Loaded {
  let text: string | null;
  try {
    text = store.read();
  } catch (error) {
    // Unreadable (permissions, a folder in its place…): run on defaults rather than not at all.
    return { saved: null, notice: `${subject} unreadable (${errorText(error)}); the kiosk is running on defaults.` };
  }
  if (text === null) return { saved: null, notice: null };
  const parsed = parseSettingsFile(text);
  if (parsed.ok) return { saved: parsed.value, notice: null };
  try {
    const aside = store.setAside(badCopySuffix(now()));
    return {
      saved: null,
      notice: `${subject} damaged (${parsed.reason}) and has been set aside as ${aside}; the kiosk is running on defaults.`,
    };
  } catch (error) {
    return {
      saved: null,
      notice: `${subject} damaged (${parsed.reason}) and could not be set aside (${errorText(error)}); the kiosk is running on defaults.`,
    };
  }
}

/** Settings rules shared by both hosts: load (with corruption recovery), layer the policy, apply staff changes. */
/** `damagedSubject` starts the damage notice: "The settings file was" (default) or e.g. "The saved settings value was". */
export function createSettingsService(options: {
  store: TextStore;
  policy: LoadedPolicy;
  damagedSubject?: string;
  now?: () => Date;
}): SettingsService {
  const now = options.now ?? (() => new Date());
  const loaded = loadSaved(options.store, now, options.damagedSubject ?? 'The settings file was');
  let saved = loaded.saved;
  // The damage notice stays until staff save settings again (the store is healthy from then on).
  let damageNotice = loaded.notice;
  const policy = options.policy.policy;

  const view = (): SettingsView => {
    const effective = effectiveSettings(DEFAULT_SETTINGS, saved, policy);
    const policyNotice =
      options.policy.notice ??
      (effective.policyProblem
        ? `The managed policy could not be applied (${effective.policyProblem}) and is ignored.`
        : null);
    const notices = [damageNotice, policyNotice].filter((n): n is string => n !== null);
    return {
      settings: effective.settings,
      lockedPaths: effective.lockedPaths,
      notice: notices.length > 0 ? notices.join(' ') : null,
    };
  };

  return {
    getSettings: view,
    savedSettingsProblem: () => damageNotice,
    updateSettings(patch) {
      const result = applySettingsUpdate(DEFAULT_SETTINGS, saved, policy, patch);
      if (!result.ok) throw new Error(result.error);
      try {
        options.store.write(serializeSettings(result.saved));
      } catch (error) {
        throw new Error(`the settings could not be saved (${errorText(error)}); nothing changed`, { cause: error });
      }
      saved = result.saved;
      damageNotice = null;
      return view();
    },
  };
}
