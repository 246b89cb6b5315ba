import { useTranslation } from 'react-i18next';
import { startPatientSession } from '../journey/chooseLanguage';
import { TouchToStartCycle } from './TouchToStartCycle';
import { useSettings } from '../../settings/settingsStore';

/** The invitation shown between patients; the whole screen is one big target. */
export function AttractScreen() {
  const { t } = useTranslation();
  const clinicName = useSettings((s) => s.settings.attract.clinicName);
  return (
    <main className="screen attract" aria-labelledby="attract-title">
      {clinicName ? <p className="attract__clinic">{clinicName}</p> : null}
      <h1 id="attract-title" className="attract__title">
        {t('app.title')}
      </h1>
      <p className="attract__invitation">{t('attract.invitation')}</p>
      <button type="button" className="attract__start button button--primary" onClick={startPatientSession}>
        <span>{t('attract.startButton')}</span>
        <TouchToStartCycle />
      </button>
    </main>
  );
}
