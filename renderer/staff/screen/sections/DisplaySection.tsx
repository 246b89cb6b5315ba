import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS, TEXT_SIZES, type TextSize } from '../../../../core/settings/schema';
import { useSettings } from '../../../settings/settingsStore';
import { LockNote } from '../controls/LockNote';
import { Switch } from '../controls/Switch';
import { TextSetting } from '../controls/TextSetting';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';

function TextSizeChoice() {
  const { t } = useTranslation();
  const current = useSettings((s) => s.settings.display.defaultTextSize);
  const locked = useIsLocked('display.defaultTextSize');
  const save = useSaveSettings();
  return (
    <div className="staff-setting" role="group" aria-labelledby="staff-text-size-label">
      <span className="staff-setting__label" id="staff-text-size-label">
        {t('staff.display.textSize')}
      </span>
      <div className="staff-choice">
        {TEXT_SIZES.map((size: TextSize) => (
          <button
            key={size}
            type="button"
            className="button"
            aria-pressed={current === size}
            disabled={locked}
            onClick={() => void save({ display: { defaultTextSize: size } })}
          >
            {t(`staff.display.textSizes.${size}`)}
          </button>
        ))}
      </div>
      {locked ? <LockNote /> : null}
    </div>
  );
}

/** Text size, read-aloud, the QR take-home code and its heading, and the clinic name. */
export function DisplaySection() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const save = useSaveSettings();
  // Staff type the heading in the patients' default language; other languages show their own translation.
  const patientDefault = settings.languages.default;
  const headingLocked = useIsLocked(`takeHome.qrHeadings.${patientDefault}`);
  return (
    <section className="staff-section" aria-labelledby="staff-display-heading">
      <h2 id="staff-display-heading" className="staff-section__heading">
        {t('staff.display.heading')}
      </h2>
      <TextSizeChoice />
      <Switch
        id="staff-read-aloud"
        label={t('staff.display.readAloud')}
        checked={settings.readAloud.enabled}
        locked={useIsLocked('readAloud.enabled')}
        onChange={(next) => void save({ readAloud: { enabled: next } })}
      />
      <Switch
        id="staff-qr"
        label={t('staff.display.qr')}
        checked={settings.takeHome.qrEnabled}
        locked={useIsLocked('takeHome.qrEnabled')}
        onChange={(next) => void save({ takeHome: { qrEnabled: next } })}
      />
      <TextSetting
        id="staff-qr-heading"
        label={t('staff.display.qrHeading')}
        value={settings.takeHome.qrHeadings[patientDefault] ?? ''}
        maxLength={TEXT_LIMITS.qrHeading}
        locked={headingLocked}
        onSave={(next) => void save({ takeHome: { qrHeadings: { [patientDefault]: next } } })}
      />
      <TextSetting
        id="staff-clinic-name"
        label={t('staff.display.clinicName')}
        value={settings.attract.clinicName}
        maxLength={TEXT_LIMITS.clinicName}
        locked={useIsLocked('attract.clinicName')}
        onSave={(next) => void save({ attract: { clinicName: next } })}
      />
    </section>
  );
}
