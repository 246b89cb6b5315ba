import { useTranslation } from 'react-i18next';
import { IDLE_LIMITS } from '../../../../core/settings/schema';
import { useSettings } from '../../../settings/settingsStore';
import { Stepper } from '../controls/Stepper';
import { Switch } from '../controls/Switch';
import { useIsLocked, useSaveSettings } from '../useSaveSettings';

/** How long the kiosk waits before starting again, the warning before it, and the welcome screen. */
export function SessionSection() {
  const { t } = useTranslation();
  const idle = useSettings((s) => s.settings.idle);
  const attractOn = useSettings((s) => s.settings.attract.enabled);
  const save = useSaveSettings();
  const seconds = (count: number) => t('staff.seconds', { count });
  return (
    <section className="staff-section" aria-labelledby="staff-session-heading">
      <h2 id="staff-session-heading" className="staff-section__heading">
        {t('staff.session.heading')}
      </h2>
      <Stepper
        id="staff-quiet"
        label={t('staff.session.quietSeconds')}
        value={idle.quietSeconds}
        {...IDLE_LIMITS.quietSeconds}
        step={15}
        format={seconds}
        locked={useIsLocked('idle.quietSeconds')}
        onChange={(next) => void save({ idle: { quietSeconds: next } })}
      />
      <Stepper
        id="staff-warning"
        label={t('staff.session.warningSeconds')}
        value={idle.warningSeconds}
        {...IDLE_LIMITS.warningSeconds}
        step={5}
        format={seconds}
        locked={useIsLocked('idle.warningSeconds')}
        onChange={(next) => void save({ idle: { warningSeconds: next } })}
      />
      <Switch
        id="staff-attract"
        label={t('staff.session.attract')}
        checked={attractOn}
        locked={useIsLocked('attract.enabled')}
        onChange={(next) => void save({ attract: { enabled: next } })}
      />
    </section>
  );
}
