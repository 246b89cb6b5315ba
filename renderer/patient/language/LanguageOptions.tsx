import { useTranslation } from 'react-i18next';
import type { LanguageProfile } from '../../../core/i18n/localeMeta';
import { useFontsFor } from '../../platform/i18n/useOfferedLanguages';
import { focusByArrowKeys } from '../../platform/a11y/arrowKeys';
import './languageOptions.css';

interface LanguageOptionsProps {
  languages: readonly LanguageProfile[];
  onChoose: (profile: LanguageProfile) => void;
}

/**
 * One large button per language: its own name in its own script and font,
 * the English name small beneath. Never flags (a flag is a country, not a language).
 */
export function LanguageOptions({ languages, onChoose }: LanguageOptionsProps) {
  const { i18n } = useTranslation();
  useFontsFor(languages);
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <ul className="language-options" role="list" onKeyDown={focusByArrowKeys}>
      {languages.map((profile) => (
        <li key={profile.code}>
          <button
            type="button"
            className="button language-option"
            lang={profile.code}
            dir={profile.dir}
            data-script={profile.script}
            aria-current={profile.code === current ? 'true' : undefined}
            onClick={() => onChoose(profile)}
          >
            <span className="language-option__endonym">{profile.endonym}</span>
            {profile.endonym === profile.englishName ? null : (
              <span className="language-option__english" lang="en" dir="ltr" data-script="latin">
                {profile.englishName}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
