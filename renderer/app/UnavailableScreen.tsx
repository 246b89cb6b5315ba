import { useTranslation } from 'react-i18next';
import { resetPatientSession } from '../session/resetRegistry';

/** Shown for a screen id with no component yet, so a patient always has a way back. */
export function UnavailableScreen() {
  const { t } = useTranslation();
  return (
    <main className="screen screen--centred" aria-labelledby="unavailable-title">
      <h1 id="unavailable-title" className="screen-title">
        {t('errors.screenUnavailable')}
      </h1>
      <button type="button" className="button button--primary button--large" onClick={resetPatientSession}>
        {t('nav.startAgain')}
      </button>
    </main>
  );
}
