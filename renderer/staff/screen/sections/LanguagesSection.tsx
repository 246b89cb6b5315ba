import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInfo, type LanguageCode } from '../../../../core/languages';
import { defaultKeptUnreviewed } from '../../../../core/settings/offeredLanguages';
import { loadPickerFont } from '../../../platform/fonts/loadScriptFont';
import { LANGUAGE_PROFILES, TRANSLATION_META } from '../../../platform/i18n/languageProfiles';
import { useSettings } from '../../../settings/settingsStore';
import { Switch } from '../controls/Switch';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';
import { LanguagePreview } from './LanguagePreview';
import { LanguageRow, moveButtonId } from './LanguageRow';
import { languageRows, moved, toggled } from './languageRows';

/** After a move the row's own ↑ (or ↓, at the top) keeps the focus, so staff can press again. */
function refocusMoved(code: LanguageCode, by: -1 | 1): void {
  const same = document.getElementById(moveButtonId(code, by));
  const other = document.getElementById(moveButtonId(code, by < 0 ? 1 : -1));
  const target = same instanceof HTMLButtonElement && !same.disabled ? same : other;
  target?.focus();
}

/** Which languages patients may choose, in what order, which is the default, and reviewed-only. */
export function LanguagesSection() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const save = useSaveSettings();
  const [preview, setPreview] = useState<LanguageCode | null>(null);
  // Each endonym is drawn in its own script's font, as patients see it.
  useEffect(() => void loadPickerFont(), []);
  const locked = { offered: useIsLocked('languages.offered'), default: useIsLocked('languages.default') };
  const reviewedOnlyLocked = useIsLocked('languages.reviewedOnly');
  const { offered, reviewedOnly } = settings.languages;
  const rows = languageRows(settings, TRANSLATION_META, locked, {
    missing: t('staff.languages.statusMissing'),
    isDefault: t('staff.languages.defaultCannotBeOff'),
    last: t('staff.languages.lastCannotBeOff'),
  });
  const keptDraftDefault = defaultKeptUnreviewed(settings, TRANSLATION_META);
  const nothingReviewed = !LANGUAGE_PROFILES.some((profile) => profile.status === 'reviewed');
  const reviewedOnlyLabel = t('staff.languages.reviewedOnly');

  const toggle = (code: LanguageCode, name: string) => {
    const on = !offered.includes(code);
    void save(
      { languages: { offered: toggled(offered, code) } },
      t('staff.changes.setTo', {
        setting: t('staff.languages.offerSwitch', { language: name }),
        value: on ? t('staff.on') : t('staff.off'),
      }),
    );
  };
  const move = async (code: LanguageCode, name: string, by: -1 | 1) => {
    const next = moved(offered, code, by);
    const place = next.indexOf(code) + 1;
    await save(
      { languages: { offered: next } },
      t('staff.languages.movedTo', { language: name, place, total: next.length }),
    );
    refocusMoved(code, by);
  };

  return (
    <section className="staff-section" aria-labelledby="staff-languages-heading">
      <h2 id="staff-languages-heading" className="staff-section__heading">
        {t('staff.languages.heading')}
      </h2>
      <p className="staff-section__intro">{t('staff.languages.intro')}</p>
      <Switch
        id="staff-reviewed-only"
        label={reviewedOnlyLabel}
        hint={t('staff.languages.reviewedOnlyHint')}
        checked={reviewedOnly}
        locked={reviewedOnlyLocked}
        onChange={(next) =>
          void save(
            { languages: { reviewedOnly: next } },
            t('staff.changes.setTo', { setting: reviewedOnlyLabel, value: next ? t('staff.on') : t('staff.off') }),
          )
        }
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
            onToggle={() => toggle(row.info.code, row.info.englishName)}
            onMove={(by) => void move(row.info.code, row.info.englishName, by)}
            onMakeDefault={() =>
              void save(
                { languages: { default: row.info.code } },
                t('staff.languages.madeDefault', { language: row.info.englishName }),
              )
            }
            onPreview={() => setPreview(row.info.code)}
          />
        ))}
      </ul>
      <LanguagePreview code={preview} onClose={() => setPreview(null)} />
    </section>
  );
}
