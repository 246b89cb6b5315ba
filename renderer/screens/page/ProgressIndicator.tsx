import { useTranslation } from 'react-i18next';
import type { Progress } from '../../journey/journeyPath';

/** "Step n of m" as a bar and as words; the words are announced politely when the step changes. */
export function ProgressIndicator({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  return (
    <div className="progress">
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" style={{ inlineSize: `${(progress.fraction * 100).toFixed(1)}%` }} />
      </div>
      <p className="progress__text" aria-live="polite" aria-atomic="true">
        {t('journey.page.progress', { step: progress.step, total: progress.total })}
      </p>
    </div>
  );
}
