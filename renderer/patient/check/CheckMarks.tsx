import { useTranslation } from 'react-i18next';
import { choiceLabelKey, isCorrectChoice, type Question } from '../../../core/content';
import { CrossIcon, TickIcon } from '../frame/icons';
import { useContentText } from '../../platform/i18n/useContentText';

/**
 * After an answer: the patient's own choice, marked "Your answer" with a cross
 * when it was not right (a tick only when it was), and the right answer with its
 * tick. The other wrong choices step aside, so the explanation fits beside them.
 */
export function CheckMarks({ question, chosen }: { question: Question; chosen: string }) {
  const { t } = useTranslation();
  const text = useContentText();
  const shown = question.choices.filter((choice) => choice.id === chosen || choice.correct);
  return (
    <ul className="check__marks" role="list">
      {shown.map((choice) => {
        const mine = choice.id === chosen;
        const right = isCorrectChoice(question, choice.id);
        const tone = right ? 'right' : 'wrong';
        return (
          <li key={choice.id} className={`check__mark check__mark--${tone}`} data-mark={tone} data-chosen={mine}>
            <span className="check__mark-icon">{right ? <TickIcon /> : <CrossIcon />}</span>
            <span className="check__mark-words">
              <span className="check__mark-label">
                {[mine ? t('journey.check.yourAnswer') : null, right && !mine ? t('journey.check.rightAnswer') : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span>{text(choiceLabelKey(question.id, choice.id))}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
