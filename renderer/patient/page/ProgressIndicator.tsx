import { useTranslation } from 'react-i18next';
import type { Progress } from '../journey/journeyPath';

/**
 * "Step n of m" as a bar and as words. The words are announced on each page
 * change by the a11y ScreenChangeLayer (it reads `.progress__text` together with
 * the new heading), so this text is not a live region itself: that would say it twice.
 */
export function ProgressIndicator({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  return (
    <div className="progress">
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" style={{ inlineSize: `${(progress.fraction * 100).toFixed(1)}%` }} />
      </div>
      <p className="progress__text">{t('journey.page.progress', { step: progress.step, total: progress.total })}</p>
    </div>
  );
}
