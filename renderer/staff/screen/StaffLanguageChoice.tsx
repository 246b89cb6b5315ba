import { useEffect } from 'react';
import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageInfo } from '../../../core/languages';
import type { StaffLanguage } from '../../../core/settings/schema';
import { loadPickerFont } from '../../platform/fonts/loadScriptFont';
import { useSettings } from '../../settings/settingsStore';
import { enterStaffLanguage, systemStaffLanguage } from '../staffLanguage';
import { useIsLocked, useSaveSettings } from './useSaveSettings';
import { useStaffChanges } from './staffChanges';

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

  const describe = (next: StaffLanguage, say: TFunction) =>
    say('staff.changes.setTo', {
      setting: say('staff.staffLanguage.label'),
      value:
        next === 'system'
          ? say('staff.staffLanguage.system', { language: system.endonym })
          : languageInfo(next).endonym,
    });

  const choose = async (next: StaffLanguage) => {
    if (next === current) return onChosen?.();
    const saved = await save({ staff: { language: next } }, describe(next, t));
    if (saved) {
      await enterStaffLanguage();
      // The bar now speaks the new language: say what changed in it too, not in the old one.
      useStaffChanges.getState().reworded(describe(next, i18next.getFixedT(null, 'ui')));
    }
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
