import { useTranslation } from 'react-i18next';
import { CONTENT, topicSummaryKey, topicTitleKey } from '../../../core/content';
import { PatientFrame } from '../frame/PatientFrame';
import { NextIcon } from '../frame/icons';
import { useContentText } from '../../platform/i18n/useContentText';
import { GUIDED } from '../journey/journeyPath';
import { openPath } from '../journey/routes';
import { useNavigation } from '../../session/navigation';
import './topics.css';

/** The topic menu: the guided "Start here" path first and largest, then every topic, then About. */
export function TopicsScreen() {
  const { t } = useTranslation();
  const text = useContentText();
  const go = useNavigation((s) => s.go);
  return (
    <PatientFrame title={t('journey.topics.title')} backFallback="language">
      <button type="button" className="button button--primary topics__start" onClick={() => openPath(GUIDED)}>
        <span className="topics__start-label">
          {t('journey.topics.startHere')}
          <NextIcon />
        </span>
        <span className="topics__start-hint">{t('journey.topics.startHereHint')}</span>
      </button>
      <h2 className="topics__or">{t('journey.topics.orPick')}</h2>
      <ul className="topics__list" role="list">
        {CONTENT.topics.map((topic) => (
          <li key={topic.id}>
            <button
              type="button"
              className="button topics__topic"
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
