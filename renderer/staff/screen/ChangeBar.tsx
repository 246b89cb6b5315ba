import { useTranslation } from 'react-i18next';
import { useStaffChanges } from './staffChanges';
import { undoLastChange } from './useSaveSettings';

/** "Saved: …" after every change, with Undo; or why the last change was refused. Stays in view above the sections. */
export function ChangeBar() {
  const { t } = useTranslation();
  const last = useStaffChanges((s) => s.last);
  const problem = useStaffChanges((s) => s.problem);
  return (
    <div className="staff-changes">
      <p className="staff-changes__text" role="status">
        {last
          ? last.undone
            ? t('staff.changes.undone', { change: last.description })
            : t('staff.changes.saved', { change: last.description })
          : t('staff.changes.none')}
      </p>
      {last && !last.undone ? (
        <button type="button" className="button" onClick={() => void undoLastChange()}>
          {t('staff.changes.undo')}
        </button>
      ) : null}
      {problem ? (
        <p className="staff-warning staff-changes__problem" role="alert">
          {t('staff.saveFailed', { reason: problem })}
        </p>
      ) : null}
    </div>
  );
}
