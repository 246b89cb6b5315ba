import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getHost } from '../../../host';
import { useNavigation } from '../../../session/navigation';
import { leaveStaffMode } from '../../staffMode';
import { useHostKind } from '../useHostKind';

/** Change PIN, leave staff mode, restart, and (Electron only) quit kiosk mode. */
export function ActionsSection() {
  const { t } = useTranslation();
  const host = useHostKind();
  const [quitArmed, setQuitArmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fail = (error: unknown) =>
    setProblem(t('staff.actions.failed', { reason: error instanceof Error ? error.message : String(error) }));

  const restart = () => {
    if (host === 'electron') getHost().restartApp().catch(fail);
    else window.location.reload();
  };
  const quit = () => {
    // Two touches, so a stray tap never drops the kiosk to the desktop.
    if (!quitArmed) return setQuitArmed(true);
    getHost().quitKiosk().catch(fail);
  };

  return (
    <section className="staff-section" aria-labelledby="staff-actions-heading">
      <h2 id="staff-actions-heading" className="staff-section__heading">
        {t('staff.actions.heading')}
      </h2>
      <div className="staff-actions">
        <button
          type="button"
          className="button"
          onClick={() => useNavigation.getState().replace('staff-pin', { mode: 'change' })}
        >
          {t('staff.actions.changePin')}
        </button>
        <button type="button" className="button" disabled={!host} onClick={restart}>
          {t('staff.actions.restart')}
        </button>
        {host === 'electron' ? (
          <button type="button" className="button" onClick={quit}>
            {quitArmed ? t('staff.actions.quitConfirm') : t('staff.actions.quit')}
          </button>
        ) : null}
        <button type="button" className="button button--primary" onClick={leaveStaffMode}>
          {t('staff.actions.leave')}
        </button>
      </div>
      {problem ? (
        <p className="staff-warning" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
