import { useEffect, useMemo, useState } from 'react';
import PHRASES from 'virtual:kiosk-attract-phrases';
import type { LanguageProfile } from '../../../core/i18n/languageProfiles';
import { useFontsFor, useOfferedLanguages } from '../../platform/i18n/useOfferedLanguages';
import './touchToStartCycle.css';

/** How long each language's invitation stays before the next one. */
const CYCLE_MILLISECONDS = 3000;

interface Phrase {
  profile: LanguageProfile;
  text: string;
}

/** "Touch to start" in each offered language that has it translated (English fallbacks are skipped). */
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
