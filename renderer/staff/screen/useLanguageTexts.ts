import i18next from 'i18next';
import { useEffect, useState } from 'react';
import type { LanguageCode } from '../../../core/languages';
import { ensureLanguageLoaded } from '../../platform/i18n/i18n';
import { loadScriptFont } from '../../platform/fonts/loadScriptFont';
import { languageInfo } from '../../../core/languages';

/**
 * Patient words in other languages than the staff screen's (each language's default take-home
 * heading and its ready-made ones): loads those languages' interface words and fonts, then
 * looks keys up in any of them.
 */
export function useLanguageTexts(codes: readonly LanguageCode[]): (code: LanguageCode, key: string) => string {
  const [, setLoaded] = useState(0);
  const wanted = codes.join(' ');
  useEffect(() => {
    let current = true;
    const list = wanted.split(' ').filter(Boolean);
    void Promise.all(
      list.flatMap((code) => [ensureLanguageLoaded(code, ['ui']), loadScriptFont(languageInfo(code).script)]),
    ).then(() => current && setLoaded((n) => n + 1));
    return () => {
      current = false;
    };
  }, [wanted]);
  // Until a language's words are in, it has no text yet (rather than English standing in for it).
  return (code, key) =>
    i18next.hasResourceBundle(code, 'ui') ? String(i18next.getFixedT(code, 'ui')(key as never)) : '';
}
