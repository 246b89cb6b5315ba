import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../session/navigation';
import { useSettings } from '../../settings/settingsStore';
import { endSession } from '../../session/endSession';
import { useStaffSession } from '../staffSession';
import { ActionsSection } from './sections/ActionsSection';
import { ContentSection } from './sections/ContentSection';
import { DisplaySection } from './sections/DisplaySection';
import { LanguagesSection } from './sections/LanguagesSection';
import { ProblemsSection } from './sections/ProblemsSection';
import { SessionSection } from './sections/SessionSection';
import { UsageSection } from './sections/UsageSection';
import { useSaveProblem } from './useSaveSettings';
import './staff.css';

// Its own chunk: the voice check (and its sample player) is staff-only and need not weigh on a patient's start-up.
const VoicesSection = lazy(() =>
  import('./sections/VoicesSection').then((module) => ({ default: module.VoicesSection })),
);

/** data-screen="staff": every setting by touch, each saved at once. Only reachable with the PIN. */
export function StaffScreen() {
  const { t } = useTranslation();
  const unlocked = useStaffSession((s) => s.unlocked);
  const notice = useSettings((s) => s.notice);
  const problem = useSaveProblem((s) => s.problem);
  const pinChanged = useNavigation((s) => s.route.params.notice === 'pinChanged');

  useEffect(() => {
    if (!unlocked) useNavigation.getState().replace('staff-pin');
  }, [unlocked]);
  if (!unlocked) return null;

  return (
    <main className="screen staff" aria-labelledby="staff-title">
      <header className="staff__header">
        <h1 id="staff-title" className="screen-title">
          {t('staff.title')}
        </h1>
        <button type="button" className="button button--primary" onClick={() => endSession('staff-exit')}>
          {t('staff.actions.leave')}
        </button>
      </header>
      {notice ? (
        <p className="staff-warning" role="alert">
          {notice}
        </p>
      ) : null}
      {problem ? (
        <p className="staff-warning" role="alert">
          {t('staff.saveFailed', { reason: problem })}
        </p>
      ) : null}
      {pinChanged ? (
        <p className="staff-note" role="status">
          {t('staff.pin.changed')}
        </p>
      ) : null}
      <LanguagesSection />
      <SessionSection />
      <DisplaySection />
      <Suspense fallback={null}>
        <VoicesSection />
      </Suspense>
      <UsageSection />
      <ContentSection />
      <ProblemsSection />
      <ActionsSection />
    </main>
  );
}
