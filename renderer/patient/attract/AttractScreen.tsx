import { useTranslation } from 'react-i18next';
import { startPatientSession } from '../journey/chooseLanguage';
import { TouchToStartPhrases } from './TouchToStartPhrases';
import { useSettings } from '../../settings/settingsStore';
import './attract.css';

/**
 * The invitation shown between patients. The whole screen is one button (named
 * "Touch to start" in the clinic's default language): a touch anywhere starts.
 * The words sit on top of it and let every touch through.
 */
export function AttractScreen() {
  const { t } = useTranslation();
  const clinicName = useSettings((s) => s.settings.attract.clinicName);
  const invitation = t('attract.touchToStart');
  return (
    <main className="screen attract" aria-labelledby="attract-title">
      <button
        type="button"
        className="attract__surface"
        aria-label={t('attract.startButton')}
        aria-describedby="attract-title attract-invitation"
        onClick={startPatientSession}
      />
      <div className="attract__words">
        {clinicName ? <p className="attract__clinic">{clinicName}</p> : null}
        <h1 id="attract-title" className="attract__title">
          {t('app.title')}
        </h1>
        <p id="attract-invitation" className="attract__invitation">
          {t('attract.invitation')}
        </p>
        <p className="attract__start" aria-hidden="true">
          {invitation}
        </p>
        <TouchToStartPhrases shown={invitation} />
      </div>
    </main>
  );
}
