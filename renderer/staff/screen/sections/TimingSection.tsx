import { useTranslation } from 'react-i18next';
import { IDLE_LIMITS } from '../../../../core/settings/schema';
import { useSettings } from '../../../settings/settingsStore';
import { Stepper } from '../controls/Stepper';
import { Switch } from '../controls/Switch';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';

type IdleKey = keyof typeof IDLE_LIMITS;

/** How long the kiosk waits before starting again, the warning before it, the last screen's wait, and the welcome screen. */
export function TimingSection() {
  const { t } = useTranslation();
  const idle = useSettings((s) => s.settings.idle);
  const attractOn = useSettings((s) => s.settings.attract.enabled);
  const save = useSaveSettings();
  const seconds = (count: number) => t('staff.seconds', { count });
  const locks = {
    quietSeconds: useIsLocked('idle.quietSeconds'),
    warningSeconds: useIsLocked('idle.warningSeconds'),
    finishQuietSeconds: useIsLocked('idle.finishQuietSeconds'),
  };
  const attractLocked = useIsLocked('attract.enabled');
  const steppers: { key: IdleKey; label: string; step: number }[] = [
    { key: 'quietSeconds', label: t('staff.session.quietSeconds'), step: 15 },
    { key: 'warningSeconds', label: t('staff.session.warningSeconds'), step: 5 },
    { key: 'finishQuietSeconds', label: t('staff.session.finishQuietSeconds'), step: 15 },
  ];
  return (
    <section className="staff-section" aria-labelledby="staff-session-heading">
      <h2 id="staff-session-heading" className="staff-section__heading">
        {t('staff.session.heading')}
      </h2>
      {steppers.map(({ key, label, step }) => (
        <Stepper
          key={key}
          id={`staff-${key}`}
          label={label}
          value={idle[key]}
          {...IDLE_LIMITS[key]}
          step={step}
          format={seconds}
          locked={locks[key]}
          onChange={(next) =>
            void save({ idle: { [key]: next } }, t('staff.changes.setTo', { setting: label, value: seconds(next) }))
          }
        />
      ))}
      <Switch
        id="staff-attract"
        label={t('staff.session.attract')}
        checked={attractOn}
        locked={attractLocked}
        onChange={(next) =>
          void save(
            { attract: { enabled: next } },
            t('staff.changes.setTo', {
              setting: t('staff.session.attract'),
              value: next ? t('staff.on') : t('staff.off'),
            }),
          )
        }
      />
    </section>
  );
}
