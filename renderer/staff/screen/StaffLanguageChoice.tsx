import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageInfo } from '../../../core/languages';
import type { StaffLanguage } from '../../../core/settings/schema';
import { loadPickerFont } from '../../platform/fonts/loadScriptFont';
import { useSettings } from '../../settings/settingsStore';
import { enterStaffLanguage, systemStaffLanguage } from '../staffLanguage';
import { useIsLocked, useSaveSettings } from './useSaveSettings';

/**
 * The staff screens' own language, each shown by its own name: the computer's language, or one
 * chosen here. The patients' default is a separate setting (Languages) and never changes this.
 */
export function StaffLanguageChoice({ onChosen }: { onChosen?: () => void }) {
  const { t } = useTranslation();
  const current = useSettings((s) => s.settings.staff.language);
  const locked = useIsLocked('staff.language');
  const save = useSaveSettings();
  useEffect(() => void loadPickerFont(), []);
  const system = languageInfo(systemStaffLanguage());

  const choose = async (next: StaffLanguage) => {
    if (next === current) return onChosen?.();
    const saved = await save(
      { staff: { language: next } },
      t('staff.changes.setTo', {
        setting: t('staff.staffLanguage.label'),
        value:
          next === 'system'
            ? t('staff.staffLanguage.system', { language: system.endonym })
            : languageInfo(next).endonym,
      }),
    );
    if (saved) await enterStaffLanguage();
    onChosen?.();
  };

  return (
    <div className="staff-language-choice" role="group" aria-label={t('staff.staffLanguage.label')}>
      <button
        type="button"
        className="button"
        aria-pressed={current === 'system'}
        disabled={locked}
        onClick={() => void choose('system')}
      >
        {t('staff.staffLanguage.system', { language: system.endonym })}
      </button>
      {LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="button"
          className="button"
          lang={language.code}
          dir={language.dir}
          data-script={language.script}
          aria-pressed={current === language.code}
          disabled={locked}
          onClick={() => void choose(language.code)}
        >
          {language.endonym}
        </button>
      ))}
    </div>
  );
}
