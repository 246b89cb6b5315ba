import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS, TEXT_SIZES, type TextSize } from '../../../../core/settings/schema';
import { useSettings } from '../../../settings/settingsStore';
import { useStaffLanguage } from '../../staffLanguage';
import { LockNote } from '../controls/LockNote';
import { Switch } from '../controls/Switch';
import { TextSetting } from '../controls/TextSetting';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';

function TextSizeChoice() {
  const { t } = useTranslation();
  const current = useSettings((s) => s.settings.display.defaultTextSize);
  const locked = useIsLocked('display.defaultTextSize');
  const save = useSaveSettings();
  const label = t('staff.display.textSize');
  return (
    <div className="staff-setting" role="group" aria-labelledby="staff-text-size-label">
      <span className="staff-setting__label" id="staff-text-size-label">
        {label}
      </span>
      <div className="staff-choice">
        {TEXT_SIZES.map((size: TextSize) => (
          <button
            key={size}
            type="button"
            className="button"
            aria-pressed={current === size}
            disabled={locked}
            onClick={() =>
              void save(
                { display: { defaultTextSize: size } },
                t('staff.changes.setTo', { setting: label, value: t(`staff.display.textSizes.${size}`) }),
              )
            }
          >
            {t(`staff.display.textSizes.${size}`)}
          </button>
        ))}
      </div>
      {locked ? <LockNote /> : null}
    </div>
  );
}

/** What patients see and hear: text size, the read-aloud button, and the clinic's name on the welcome screen. */
export function DisplaySection() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const save = useSaveSettings();
  const staffLanguage = useStaffLanguage();
  const clinicLabel = t('staff.display.clinicName');
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
        onChange={(next) =>
          void save(
            { readAloud: { enabled: next } },
            t('staff.changes.setTo', {
              setting: t('staff.display.readAloud'),
              value: next ? t('staff.on') : t('staff.off'),
            }),
          )
        }
      />
      <TextSetting
        id="staff-clinic-name"
        label={clinicLabel}
        value={settings.attract.clinicName}
        maxLength={TEXT_LIMITS.clinicName}
        locked={useIsLocked('attract.clinicName')}
        language={staffLanguage}
        onSave={(next) =>
          void save(
            { attract: { clinicName: next } },
            t('staff.changes.setTo', { setting: clinicLabel, value: next || t('staff.display.notSet') }),
          )
        }
      />
    </section>
  );
}
