import { useEffect, useState } from 'react';
import i18next from 'i18next';
import type { LanguageProfile } from '../../../core/i18n/localeMeta';
import { ensureLanguageLoaded } from '../../platform/i18n/i18n';
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

function usePhrases(offered: readonly LanguageProfile[]): Phrase[] {
  const [phrases, setPhrases] = useState<Phrase[]>([]);
  useEffect(() => {
    let cancelled = false;
    void Promise.all(offered.map((profile) => ensureLanguageLoaded(profile.code, ['ui']).catch(() => undefined))).then(
      () => {
        if (cancelled) return;
        setPhrases(
          offered.flatMap((profile) => {
            const text: unknown = i18next.getResource(profile.code, 'ui', 'attract.touchToStart');
            return typeof text === 'string' ? [{ profile, text }] : [];
          }),
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [offered]);
  return phrases;
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
