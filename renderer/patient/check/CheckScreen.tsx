import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceFeedbackKey, choiceLabelKey, isCorrectChoice, questionPromptKey } from '../../../core/content';
import { PatientFrame } from '../frame/PatientFrame';
import { NextIcon, TickIcon } from '../frame/icons';
import { focusByArrowKeys } from '../../platform/a11y/arrowKeys';
import { useBackAction } from '../frame/useBackAction';
import { useContentText } from '../../platform/i18n/useContentText';
import { clampStep, parsePath, pathQuestions, screenAfterCheck } from '../journey/journeyPath';
import { showQuestion } from '../journey/routes';
import { useAnswers } from './answers';
import { useNavigation } from '../../session/navigation';
import { emitPatientEvent } from '../../session/patientEvents';
import './check.css';

/**
 * Teach-back: one question at a time, large answers, and kind feedback that
 * explains the right answer whichever choice was made. No score is shown.
 */
export function CheckScreen() {
  const { t } = useTranslation();
  const text = useContentText();
  const params = useNavigation((s) => s.route.params);
  const leave = useBackAction('topics');
  const path = useMemo(
    () => parsePath({ path: params.path ?? '', topic: params.topic ?? '' }),
    [params.path, params.topic],
  );
  const questions = useMemo(() => pathQuestions(path), [path]);
  const index = clampStep(params.index, questions.length);
  const question = questions[index];
  const chosen = useAnswers((s) => (question ? s.chosen[question.id] : undefined));
  const answer = useAnswers((s) => s.answer);

  const isLast = index >= questions.length - 1;
  const after = screenAfterCheck(path);
  const goOn = () => {
    if (!isLast) showQuestion(path, index + 1);
    else if (after === 'topics') useNavigation.getState().home();
    else useNavigation.getState().go(after);
  };
  const back = () => (index > 0 ? showQuestion(path, index - 1) : leave());

  if (!question) {
    return (
      <PatientFrame title={t('journey.check.title')} onBack={back}>
        <p className="lead">{t('journey.check.noQuestions')}</p>
        <button type="button" className="button button--primary button--large check__continue" onClick={goOn}>
          {t(after === 'topics' ? 'journey.check.toMenu' : 'journey.check.toQuestions')}
        </button>
      </PatientFrame>
    );
  }

  const choose = (choiceId: string) => {
    answer(question.id, choiceId);
    emitPatientEvent({ type: 'answer', questionId: question.id, correct: isCorrectChoice(question, choiceId) });
  };
  const continueLabel = isLast
    ? t(after === 'topics' ? 'journey.check.toMenu' : 'journey.check.toQuestions')
    : t('journey.check.nextQuestion');

  return (
    <PatientFrame
      title={text(questionPromptKey(question.id))}
      eyebrow={t('journey.check.questionOf', { index: index + 1, count: questions.length })}
      contentKey={question.id}
      onBack={back}
    >
      <div
        className="check__choices"
        role="group"
        aria-label={t('journey.check.choicesLabel')}
        onKeyDown={focusByArrowKeys}
      >
        {question.choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className="button check__choice"
            aria-pressed={chosen === choice.id}
            onClick={() => choose(choice.id)}
          >
            {chosen === choice.id ? <TickIcon /> : null}
            <span>{text(choiceLabelKey(question.id, choice.id))}</span>
          </button>
        ))}
      </div>
      <div className="check__feedback" aria-live="polite">
        {chosen ? (
          <div
            className={`check__feedback-box check__feedback-box--${isCorrectChoice(question, chosen) ? 'right' : 'kind'}`}
          >
            <p>{text(choiceFeedbackKey(question.id, chosen))}</p>
            {isLast ? <p>{t('journey.check.done', { count: questions.length })}</p> : null}
          </div>
        ) : null}
      </div>
      {chosen ? (
        <button type="button" className="button button--primary button--large check__continue" onClick={goOn}>
          <span>{continueLabel}</span>
          <NextIcon />
        </button>
      ) : null}
    </PatientFrame>
  );
}
