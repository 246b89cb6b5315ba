import { useTranslation } from 'react-i18next';
import { CONTENT } from '../../../../core/content';
import { flaggedPartName } from '../../../patient/about/AwaitingReview';
import { LANGUAGE_PROFILES } from '../../../platform/i18n/languageProfiles';

/**
 * What a health professional and a medical translator must check before real use:
 * the content's review flags (safety net first, with the reason, in English as the
 * source is) and the translations still marked draft.
 */
export function AwaitingReview() {
  const { t, i18n } = useTranslation();
  // The source text, whatever the staff language: the reasons are written for a clinician reading the English.
  const english = (key: string) => String(i18n.t(key as never, { ns: 'content', lng: 'en' } as never));
  const flags = [...CONTENT.reviewFlags].sort((a, b) => Number(b.safetyNet) - Number(a.safetyNet));
  const drafts = LANGUAGE_PROFILES.filter((profile) => profile.status === 'draft').map((p) => p.englishName);
  if (CONTENT.reviewStatus === 'clinically-reviewed' && drafts.length === 0) return null;
  return (
    <div className="staff-review">
      <h3>{t('staff.content.reviewHeading')}</h3>
      {CONTENT.reviewStatus === 'clinically-reviewed' ? null : (
        <>
          <p>{t('staff.content.reviewIntro', { count: flags.length })}</p>
          <ul className="staff-review__list">
            {flags.map((flag) => (
              <li key={`${flag.target}:${flag.id}`}>
                {flag.safetyNet ? <strong>{t('staff.content.safetyNet')}: </strong> : null}
                <span lang="en">
                  {flaggedPartName(flag, english)} ({flag.id}) — {flag.reason}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {drafts.length > 0 ? (
        <p>{t('staff.content.draftTranslations', { count: drafts.length, languages: drafts.join(', ') })}</p>
      ) : null}
    </div>
  );
}
