import { useEffect, useMemo } from 'react';
import type { LanguageProfile } from '../../../core/i18n/localeMeta';
import { offeredLanguages } from '../../../core/settings/offeredLanguages';
import { loadScriptFonts } from '../fonts/loadScriptFont';
import { useSettings } from '../../settings/settingsStore';
import { profileFor } from './languageProfiles';
import { TRANSLATION_META } from './translationMeta';

/**
 * The languages a patient may choose, in the clinic's order, with each one's
 * endonym, direction and font. Which are offered (translation present, and
 * reviewed when the clinic asks for reviewed only) is the staff rule in core.
 */
export function useOfferedLanguages(): readonly LanguageProfile[] {
  const languages = useSettings((s) => s.settings.languages);
  return useMemo(
    () =>
      offeredLanguages({ languages }, TRANSLATION_META)
        .map(profileFor)
        .filter((profile): profile is LanguageProfile => profile !== undefined),
    [languages],
  );
}

/** Registers the fonts every listed language needs, so each name shows in its own script. */
export function useFontsFor(profiles: readonly LanguageProfile[]): void {
  useEffect(() => {
    void loadScriptFonts(profiles.map((profile) => profile.script));
  }, [profiles]);
}
