import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../../../core/languages';
import { useContentDiagnostics } from '../../../patient/content/contentDiagnostics';
import { AwaitingReview } from './AwaitingReview';

/** What the start-up content check found, per language, and what still awaits clinical and translation review. */
export function ContentSection() {
  const { t } = useTranslation();
  const byLanguage = useContentDiagnostics((s) => s.byLanguage);
  const skipped = useContentDiagnostics((s) => s.skippedPageIds);
  const withIssues = Object.entries(byLanguage).filter(([, list]) => list.length > 0);
  return (
    <section className="staff-section" aria-labelledby="staff-content-heading">
      <h2 id="staff-content-heading" className="staff-section__heading">
        {t('staff.content.heading')}
      </h2>
      {withIssues.length === 0 && skipped.length === 0 ? <p>{t('staff.content.ok')}</p> : null}
      {skipped.length > 0 ? (
        <p className="staff-warning">{t('staff.content.skippedPages', { pages: skipped.join(', ') })}</p>
      ) : null}
      {withIssues.map(([code, list]) => (
        <details key={code} className="staff-content__language">
          <summary>
            {t('staff.content.issues', { language: languageInfo(code).englishName, count: list.length })}
          </summary>
          <ul>
            {list.slice(0, 50).map((issue, index) => (
              <li key={index} lang="en">
                {issue.severity}: {issue.path} — {issue.message}
              </li>
            ))}
          </ul>
        </details>
      ))}
      <AwaitingReview />
    </section>
  );
}
