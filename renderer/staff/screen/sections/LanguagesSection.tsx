import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageInfo, type LanguageCode } from '../../../../core/languages';
import { loadScriptFonts } from '../../../platform/fonts/loadScriptFont';
import { defaultKeptUnreviewed } from '../../../../core/settings/offeredLanguages';
import { TRANSLATION_META } from '../../../platform/i18n/translationMeta';
import { useSettings } from '../../../settings/settingsStore';
import { Switch } from '../controls/Switch';
import { LanguageRow } from './LanguageRow';
import { languageRows, moved, toggled } from './languageRows';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';

/** Which languages patients may choose, in what order, which is the default, and reviewed-only. */
export function LanguagesSection() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const save = useSaveSettings();
  // Each endonym is drawn in its own script's font, as patients see it.
  useEffect(() => void loadScriptFonts(LANGUAGES.map((l) => l.script)), []);
  const locked = { offered: useIsLocked('languages.offered'), default: useIsLocked('languages.default') };
  const reviewedOnlyLocked = useIsLocked('languages.reviewedOnly');
  const { offered, reviewedOnly } = settings.languages;
  const rows = languageRows(settings, TRANSLATION_META, locked, {
    missing: t('staff.languages.statusMissing'),
    isDefault: t('staff.languages.defaultCannotBeOff'),
    last: t('staff.languages.lastCannotBeOff'),
  });
  const keptDraftDefault = defaultKeptUnreviewed(settings, TRANSLATION_META);
  const nothingReviewed = !Object.values(TRANSLATION_META).some((meta) => meta?.status === 'reviewed');
  const setOffered = (next: LanguageCode[]) => void save({ languages: { offered: next } });

  return (
    <section className="staff-section" aria-labelledby="staff-languages-heading">
      <h2 id="staff-languages-heading" className="staff-section__heading">
        {t('staff.languages.heading')}
      </h2>
      <p className="staff-section__intro">{t('staff.languages.intro')}</p>
      <Switch
        id="staff-reviewed-only"
        label={t('staff.languages.reviewedOnly')}
        hint={t('staff.languages.reviewedOnlyHint')}
        checked={reviewedOnly}
        locked={reviewedOnlyLocked}
        onChange={(next) => void save({ languages: { reviewedOnly: next } })}
      />
      {keptDraftDefault ? (
        <p className="staff-warning" role="note">
          {nothingReviewed ? `${t('staff.languages.nothingReviewed')} ` : null}
          {t('staff.languages.defaultKeptWarning', { language: languageInfo(settings.languages.default).englishName })}
        </p>
      ) : null}
      <ul className="staff-languages" role="list">
        {rows.map((row) => (
          <LanguageRow
            key={row.info.code}
            {...row}
            onToggle={() => setOffered(toggled(offered, row.info.code as LanguageCode))}
            onMove={(by) => setOffered(moved(offered, row.info.code as LanguageCode, by))}
            onMakeDefault={() => void save({ languages: { default: row.info.code as LanguageCode } })}
          />
        ))}
      </ul>
    </section>
  );
}
