import { useEffect, useMemo } from 'react';
import { isReviewed, type LanguageProfile } from '../../core/i18n/localeMeta';
import { loadScriptFonts } from '../fonts/loadScriptFont';
import { useSettings } from '../state/settings';
import { profileFor } from './languageProfiles';

/**
 * The languages a patient may choose, in the clinic's order. With "reviewed
 * only" on, drafts are left out, except the default language, so the kiosk
 * always has at least one language to show.
 */
export function useOfferedLanguages(): readonly LanguageProfile[] {
  const languages = useSettings((s) => s.settings.languages);
  return useMemo(
    () =>
      languages.offered
        .map(profileFor)
        .filter((profile): profile is LanguageProfile => profile !== undefined)
        .filter((profile) => !languages.reviewedOnly || isReviewed(profile.meta) || profile.code === languages.default),
    [languages],
  );
}

/** Registers the fonts every listed language needs, so each name shows in its own script. */
export function useFontsFor(profiles: readonly LanguageProfile[]): void {
  useEffect(() => {
    void loadScriptFonts(profiles.map((profile) => profile.script));
  }, [profiles]);
}
