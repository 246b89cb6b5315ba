import { useEffect, useMemo } from 'react';
import type { LanguageProfile } from '../../../core/i18n/languageProfiles';
import { offeredLanguages } from '../../../core/settings/offeredLanguages';
import { loadPickerFont } from '../fonts/loadScriptFont';
import { useSettings } from '../../settings/settingsStore';
import { profileFor, TRANSLATION_META } from './languageProfiles';

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

/**
 * Registers the font every listed language's name needs, so each shows in its own
 * script: the picker font, which holds just the names and phrases of every language.
 */
export function useFontsFor(profiles: readonly LanguageProfile[]): void {
  useEffect(() => {
    if (profiles.length > 0) void loadPickerFont();
  }, [profiles]);
}
