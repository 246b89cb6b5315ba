import { useTranslation } from 'react-i18next';

/** Shown beside a setting a managed policy fixes. */
export function LockNote() {
  const { t } = useTranslation();
  return (
    <span className="staff-lock" title={t('staff.lockedHint')}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
        <path
          fill="currentColor"
          d="M6 10V7a6 6 0 1 1 12 0v3h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1Zm2 0h8V7a4 4 0 1 0-8 0v3Z"
        />
      </svg>
      {t('staff.locked')}
    </span>
  );
}
