import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { languageInfo, type LanguageCode } from '../../../../core/languages';
import { TEXT_LIMITS } from '../../../../core/settings/schema';
import { loadPickerFont } from '../../../platform/fonts/loadScriptFont';
import { useSettings } from '../../../settings/settingsStore';
import { TextSetting } from '../controls/TextSetting';
import { useLanguageTexts } from '../useLanguageTexts';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';

/** The ready-made headings offered in every language (takeHome.headingPresets in each ui.json). */
const PRESET_KEYS = [
  'journey.finish.qrHeading',
  'takeHome.headingPresets.visit',
  'takeHome.headingPresets.takeWith',
  'takeHome.headingPresets.askClinic',
] as const;

function HeadingRow({ code, text }: { code: LanguageCode; text: (code: LanguageCode, key: string) => string }) {
  const { t } = useTranslation();
  const heading = useSettings((s) => s.settings.takeHome.qrHeadings[code] ?? '');
  const locked = useIsLocked(`takeHome.qrHeadings.${code}`);
  const save = useSaveSettings();
  const language = languageInfo(code);
  // The accessible name without the markup that puts the language's name in its own font.
  const label = t('staff.takeHome.headingFor', { language: language.endonym }).replace(/<\/?name>/g, '');
  const fallback = text(code, 'journey.finish.qrHeading');
  return (
    <TextSetting
      id={`staff-heading-${code}`}
      label={label}
      labelContent={
        <Trans
          i18nKey="staff.takeHome.headingFor"
          values={{ language: language.endonym }}
          components={{ name: <span lang={code} dir={language.dir} data-script={language.script} /> }}
        />
      }
      value={heading}
      placeholder={fallback}
      maxLength={TEXT_LIMITS.qrHeading}
      locked={locked}
      language={code}
      presets={PRESET_KEYS.map((key) => text(code, key)).filter((preset) => preset !== '')}
      onSave={(next) =>
        void save(
          { takeHome: { qrHeadings: { [code]: next } } },
          t('staff.changes.setTo', { setting: label, value: next || fallback }),
        )
      }
    />
  );
}

/** The heading above the QR code and on the printout, for each language patients are offered. */
export function HeadingSettings() {
  const { t } = useTranslation();
  const offered = useSettings((s) => s.settings.languages.offered);
  const text = useLanguageTexts(offered);
  // Each language's own name in the labels is drawn in its script's font, as on the picker.
  useEffect(() => void loadPickerFont(), []);
  return (
    <div className="staff-headings" role="group" aria-labelledby="staff-headings-label">
      <h3 id="staff-headings-label" className="staff-section__subheading">
        {t('staff.takeHome.headings')}
      </h3>
      <p className="staff-section__intro">{t('staff.takeHome.headingsHint')}</p>
      {offered.map((code) => (
        <HeadingRow key={code} code={code} text={text} />
      ))}
    </div>
  );
}
