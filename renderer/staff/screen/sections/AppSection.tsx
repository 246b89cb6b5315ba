import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getHost } from '../../../host';
import { endSession } from '../../../session/endSession';
import { useNavigation } from '../../../session/navigation';
import { StaffLanguageChoice } from '../StaffLanguageChoice';
import { useCapabilities } from '../../../host/appInfo';
import { ContentSection } from './ContentSection';
import { ProblemsSection } from './ProblemsSection';

/** The staff screen's language, the PIN, leaving staff mode, restart and quit, and the content check. */
export function AppSection() {
  const { t } = useTranslation();
  const capabilities = useCapabilities();
  const [quitArmed, setQuitArmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fail = (error: unknown) =>
    setProblem(t('staff.actions.failed', { reason: error instanceof Error ? error.message : String(error) }));

  const quit = () => {
    // Two touches, so a stray tap never drops the kiosk to the desktop.
    if (!quitArmed) return setQuitArmed(true);
    getHost().quitKiosk().catch(fail);
  };

  return (
    <>
      <section className="staff-section" aria-labelledby="staff-staff-language-heading">
        <h2 id="staff-staff-language-heading" className="staff-section__heading">
          {t('staff.staffLanguage.label')}
        </h2>
        <p className="staff-section__intro">{t('staff.staffLanguage.hint')}</p>
        <StaffLanguageChoice />
      </section>
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
          <button type="button" className="button" onClick={() => void getHost().restartApp().catch(fail)}>
            {t('staff.actions.restart')}
          </button>
          {capabilities?.canQuit ? (
            <button type="button" className="button" onClick={quit}>
              {quitArmed ? t('staff.actions.quitConfirm') : t('staff.actions.quit')}
            </button>
          ) : null}
          <button type="button" className="button button--primary" onClick={() => endSession('staff-exit')}>
            {t('staff.actions.leave')}
          </button>
        </div>
        {problem ? (
          <p className="staff-warning" role="alert">
            {problem}
          </p>
        ) : null}
      </section>
      <ContentSection />
      <ProblemsSection />
    </>
  );
}
