import { useMemo } from 'react';
import PHRASES from 'virtual:kiosk-attract-phrases';
import type { LanguageProfile } from '../../../core/i18n/languageProfiles';
import { useFontsFor, useOfferedLanguages } from '../../platform/i18n/useOfferedLanguages';
import './touchToStartPhrases.css';

export interface Phrase {
  profile: LanguageProfile;
  text: string;
}

/**
 * "Touch to start" in each offered language that has it translated, once per
 * distinct wording (two languages that say it the same way show it once), and
 * never the line the screen already shows in the clinic's default language.
 */
export function distinctPhrases(candidates: readonly Phrase[], alreadyShown: string): Phrase[] {
  const seen = new Set([alreadyShown.trim()]);
  return candidates.filter((phrase) => {
    const key = phrase.text.trim();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every offered language's phrase, taken at build time from its ui.json (no language chunk is loaded for this). */
function usePhrases(offered: readonly LanguageProfile[]): Phrase[] {
  return useMemo(
    () =>
      offered.flatMap((profile) => {
        const text = PHRASES[profile.code];
        return text ? [{ profile, text }] : [];
      }),
    [offered],
  );
}

/**
 * Every other offered language's invitation at once, each in its own language,
 * direction and font, softly lit one after another (still under reduced motion).
 * Decorative: the whole screen is one button named in the default language.
 */
export function TouchToStartPhrases({ shown }: { shown: string }) {
  const offered = useOfferedLanguages();
  useFontsFor(offered);
  const phrases = distinctPhrases(usePhrases(offered), shown);
  if (phrases.length === 0) return null;
  return (
    <ul className="touch-to-start-phrases" aria-hidden="true" data-testid="touch-to-start-phrases">
      {phrases.map((phrase, index) => (
        <li
          key={phrase.profile.code}
          lang={phrase.profile.code}
          dir={phrase.profile.dir}
          data-script={phrase.profile.script}
          style={{
            animationDelay: `${(index * 2.4) % (phrases.length * 2.4)}s`,
            animationDuration: `${phrases.length * 2.4}s`,
          }}
        >
          {phrase.text}
        </li>
      ))}
    </ul>
  );
}
