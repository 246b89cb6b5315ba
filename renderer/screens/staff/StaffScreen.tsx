import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../state/navigation';
import { useSettings } from '../../state/settings';
import { leaveStaffMode } from '../../staff/staffMode';
import { useStaffSession } from '../../staff/staffSession';
import { ActionsSection } from './ActionsSection';
import { ContentSection } from './ContentSection';
import { DisplaySection } from './DisplaySection';
import { LanguagesSection } from './LanguagesSection';
import { SessionSection } from './SessionSection';
import { UsageSection } from './UsageSection';
import { useSaveProblem } from './useSaveSettings';
import './staff.css';

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
        <button type="button" className="button button--primary" onClick={leaveStaffMode}>
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
      <UsageSection />
      <ContentSection />
      <ActionsSection />
    </main>
  );
}
