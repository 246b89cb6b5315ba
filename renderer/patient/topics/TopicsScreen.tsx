import { useTranslation } from 'react-i18next';
import { CONTENT, topicSummaryKey, topicTitleKey } from '../../../core/content';
import { readingMinutes, shortPathWords } from '../../../core/content/readingTime';
import { PatientFrame } from '../frame/PatientFrame';
import { NextIcon } from '../frame/icons';
import { englishResources } from '../../platform/i18n/resources';
import { useContentText } from '../../platform/i18n/useContentText';
import { GUIDED } from '../journey/journeyPath';
import { openPath } from '../journey/routes';
import { useNavigation } from '../../session/navigation';
import './topics.css';

/** The same content in every language, so the English words (the source) give the time. */
const SHORT_PATH_MINUTES = readingMinutes(shortPathWords(englishResources.content));

/** The menu: "Start here" first and largest (with how long it takes), then every topic, then My questions and About. */
export function TopicsScreen() {
  const { t } = useTranslation();
  const text = useContentText();
  const go = useNavigation((s) => s.go);
  return (
    <PatientFrame title={t('journey.topics.title')} backFallback="language" className="topics">
      <button type="button" className="button button--primary topics__start" onClick={() => openPath(GUIDED)}>
        <span className="topics__start-label">
          {t('journey.topics.startHere')}
          <NextIcon />
        </span>
        <span className="topics__start-hint">
          <span className="topics__start-time">{t('journey.topics.startHereTime', { count: SHORT_PATH_MINUTES })}</span>
          <span>{t('journey.topics.startHereHint')}</span>
        </span>
      </button>
      <h2 className="topics__or">{t('journey.topics.orPick')}</h2>
      <ul className="topics__list" role="list">
        {CONTENT.topics.map((topic) => (
          <li key={topic.id}>
            <button
              type="button"
              className="button topics__topic"
              data-topic={topic.id}
              onClick={() => openPath({ kind: 'topic', topicId: topic.id })}
            >
              <span className="topics__topic-title">{text(topicTitleKey(topic.id))}</span>
              <span className="topics__topic-summary">{text(topicSummaryKey(topic.id))}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="topics__more">
        <button type="button" className="button" onClick={() => go('questions')}>
          {t('journey.topics.myQuestions')}
        </button>
        <button type="button" className="button" onClick={() => go('about')}>
          {t('journey.topics.about')}
        </button>
      </div>
    </PatientFrame>
  );
}
