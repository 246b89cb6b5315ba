import { useTranslation } from 'react-i18next';
import { CONTENT, suggestedQuestionKey } from '../../../core/content';
import { PatientFrame } from '../frame/PatientFrame';
import { TickIcon } from '../frame/icons';
import { useContentText } from '../../platform/i18n/useContentText';
import { focusByArrowKeys } from '../../platform/a11y/arrowKeys';
import { useClinicianQuestions } from './clinicianQuestions';
import { useNavigation } from '../../session/navigation';
import './questions.css';

/** Suggested questions for the clinician as large on/off buttons; the chosen ones make the patient's list. */
export function QuestionsScreen() {
  const { t } = useTranslation();
  const text = useContentText();
  const chosen = useClinicianQuestions((s) => s.chosen);
  const toggle = useClinicianQuestions((s) => s.toggle);
  const go = useNavigation((s) => s.go);
  return (
    <PatientFrame
      title={t('journey.questions.title')}
      forward={{ onClick: () => go('finish'), label: t('journey.questions.seeList') }}
    >
      <p className="lead">{t('journey.questions.intro')}</p>
      <ul className="questions__list" role="list" onKeyDown={focusByArrowKeys}>
        {CONTENT.suggestedQuestions.map((id) => {
          const on = chosen.includes(id);
          return (
            <li key={id}>
              <button type="button" className="button questions__toggle" aria-pressed={on} onClick={() => toggle(id)}>
                <span className="questions__box" aria-hidden="true">
                  {on ? <TickIcon /> : null}
                </span>
                <span>{text(suggestedQuestionKey(id))}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="questions__count" aria-live="polite">
        {t('journey.questions.count', { count: chosen.length })}
      </p>
    </PatientFrame>
  );
}
