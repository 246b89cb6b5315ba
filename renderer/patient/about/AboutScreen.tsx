import { useTranslation } from 'react-i18next';
import { CONTENT, aboutKey, reviewStatusKey, sourceTitleKey } from '../../../core/content';
import { PatientFrame } from '../frame/PatientFrame';
import { useContentText } from '../../platform/i18n/useContentText';
import { AwaitingReview } from './AwaitingReview';
import './about.css';

/** Formats the ISO review date for the current language; falls back to the ISO text if the locale is unknown. */
function formatDate(isoDate: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  } catch {
    return isoDate;
  }
}

/** "About this information": what the kiosk is (and is not), its sources, its review date and status. No links: the kiosk is offline. */
export function AboutScreen() {
  const { t, i18n } = useTranslation();
  const text = useContentText();
  return (
    <PatientFrame title={text(aboutKey('title'))}>
      <p className="about__text">{text(aboutKey('intro'))}</p>
      <p className="about__text about__disclaimer" role="note">
        {text(aboutKey('notAdvice'))}
      </p>
      <p className="about__text">{text(aboutKey('privacy'))}</p>
      <section className="about__review" aria-labelledby="about-review-heading">
        <h2 id="about-review-heading">{text(aboutKey('statusLabel'))}</h2>
        <p className="about__text">{text(reviewStatusKey(CONTENT.reviewStatus))}</p>
        <p className="about__text">
          {text(aboutKey('reviewDate'), { date: formatDate(CONTENT.reviewDate, i18n.resolvedLanguage ?? 'en') })}
        </p>
      </section>
      <AwaitingReview />
      <section className="about__sources" aria-labelledby="about-sources-heading">
        <h2 id="about-sources-heading">{text(aboutKey('sourcesHeading'))}</h2>
        <p className="about__text">{text(aboutKey('sourcesNote'))}</p>
        <ul className="about__source-list">
          {CONTENT.sources.map((source) => (
            <li key={source.id}>
              <span className="about__source-title">{text(sourceTitleKey(source.id))}</span>
              <span className="about__source-meta">
                {t('journey.about.sourceYear', { publisher: source.publisher, year: source.year })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </PatientFrame>
  );
}
