import { useEffect, useState } from 'react';
import i18next from 'i18next';
import type { LanguageProfile } from '../../../core/i18n/localeMeta';
import { ensureLanguageLoaded } from '../../platform/i18n/i18n';
import { useFontsFor, useOfferedLanguages } from '../../platform/i18n/useOfferedLanguages';
import './touchToStartCycle.css';

/** How long each language's invitation stays before the next one. */
export const CYCLE_MILLISECONDS = 3000;

interface Phrase {
  profile: LanguageProfile;
  text: string;
}

/** "Touch to start" in each offered language that has it translated (English fallbacks are skipped). */
function usePhrases(offered: readonly LanguageProfile[]): Phrase[] {
  const [phrases, setPhrases] = useState<Phrase[]>([]);
  useEffect(() => {
    let cancelled = false;
    void Promise.all(offered.map((profile) => ensureLanguageLoaded(profile.code, ['ui']).catch(() => undefined))).then(
      () => {
        if (cancelled) return;
        const found = offered.flatMap((profile) => {
          const text: unknown = i18next.getResource(profile.code, 'ui', 'attract.touchToStart');
          return typeof text === 'string' && text !== '' ? [{ profile, text }] : [];
        });
        setPhrases(found);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [offered]);
  return phrases;
}

/**
 * Visible only: the start button's accessible name stays its own stable label,
 * so this cycling line is hidden from assistive technology. Each phrase carries
 * its own lang, dir and font. Reduced motion swaps without the fade (CSS).
 */
export function TouchToStartCycle() {
  const offered = useOfferedLanguages();
  useFontsFor(offered);
  const phrases = usePhrases(offered);
  const [index, setIndex] = useState(0);

  useEffect(() => {
    if (phrases.length < 2) return;
    const timer = window.setInterval(() => setIndex((i) => (i + 1) % phrases.length), CYCLE_MILLISECONDS);
    return () => window.clearInterval(timer);
  }, [phrases.length]);

  const phrase = phrases[index % Math.max(1, phrases.length)];
  if (!phrase || phrases.length < 2) return null;
  return (
    <span
      key={phrase.profile.code}
      className="touch-to-start-cycle"
      aria-hidden="true"
      lang={phrase.profile.code}
      dir={phrase.profile.dir}
      data-script={phrase.profile.script}
      data-testid="touch-to-start-cycle"
    >
      {phrase.text}
    </span>
  );
}
