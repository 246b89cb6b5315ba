import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../state/navigation';

/** The invitation shown between patients; the whole screen is one big target. */
export function AttractScreen() {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  return (
    <main className="screen attract" aria-labelledby="attract-title">
      <h1 id="attract-title" className="attract__title">{t('app.title')}</h1>
      <p className="attract__invitation">{t('attract.invitation')}</p>
      <button type="button" className="attract__start button button--primary" onClick={() => go('language')}>
        {t('attract.startButton')}
      </button>
    </main>
  );
}
