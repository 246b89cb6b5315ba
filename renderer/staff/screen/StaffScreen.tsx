import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// Staff-only code (sections, charts, printer list) is its own chunk: patients never load it.
const StaffSettings = lazy(() => import('./StaffSettings'));

/** data-screen="staff": the staff settings, loaded when staff first open them. */
export function StaffScreen() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <main className="screen screen--centred" aria-labelledby="staff-title">
          <h1 id="staff-title" className="screen-title">
            {t('staff.title')}
          </h1>
        </main>
      }
    >
      <StaffSettings />
    </Suspense>
  );
}
