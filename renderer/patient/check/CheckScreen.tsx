import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  choiceFeedbackKey,
  choiceLabelKey,
  isCorrectChoice,
  questionPromptKey,
  type Question,
} from '../../../core/content';
import { PatientFrame } from '../frame/PatientFrame';
import { focusByArrowKeys } from '../../platform/a11y/arrowKeys';
import { useBackAction } from '../frame/useBackAction';
import { useContentText } from '../../platform/i18n/useContentText';
import { clampStep, parsePath, pathQuestions, screenAfterCheck } from '../journey/journeyPath';
import { finishPath, openTopicPage, showQuestion } from '../journey/routes';
import { useAnswers } from './answers';
import { useNavigation } from '../../session/navigation';
import { emitPatientEvent } from '../../session/patientEvents';
import { CheckMarks } from './CheckMarks';
import './check.css';

/**
 * Teach-back: one question at a time, large answers, then the patient's answer
 * marked as theirs (a cross when it was not right, never a tick), the right answer
 * with its tick, and a kind explanation beside them. No score is ever shown.
 */
export function CheckScreen() {
  const { t } = useTranslation();
  const text = useContentText();
  const params = useNavigation((s) => s.route.params);
  const leave = useBackAction('topics');
  const path = useMemo(
    () => parsePath({ path: params.path ?? '', topic: params.topic ?? '', from: params.from ?? '' }),
    [params.path, params.topic, params.from],
  );
  const questions = useMemo(() => pathQuestions(path), [path]);
  const index = clampStep(params.index, questions.length);
  const question = questions[index];
  const chosen = useAnswers((s) => (question ? s.chosen[question.id] : undefined));
  const answer = useAnswers((s) => s.answer);

  const isLast = index >= questions.length - 1;
  const after = screenAfterCheck(path);
  const goOn = () => (isLast ? finishPath(path) : showQuestion(path, index + 1));
  const back = () => (index > 0 ? showQuestion(path, index - 1) : leave());
  const finalLabel = t(
    after === 'questions'
      ? 'journey.check.toQuestions'
      : after === 'page'
        ? 'journey.page.backToShortPath'
        : 'journey.check.toMenu',
  );

  if (!question) {
    return (
      <PatientFrame title={t('journey.check.title')} onBack={back} forward={{ onClick: goOn, label: finalLabel }}>
        <p className="lead">{t('journey.check.noQuestions')}</p>
      </PatientFrame>
    );
  }

  const choose = (choiceId: string) => {
    answer(question.id, choiceId);
    emitPatientEvent({ type: 'answer', questionId: question.id, correct: isCorrectChoice(question, choiceId) });
  };

  return (
    <PatientFrame
      title={text(questionPromptKey(question.id))}
      eyebrow={t('journey.check.questionOf', { index: index + 1, count: questions.length })}
      contentKey={question.id}
      onBack={back}
      forward={chosen ? { onClick: goOn, label: isLast ? finalLabel : t('journey.check.nextQuestion') } : undefined}
      className="check"
    >
      <div className={`check__layout${chosen ? ' check__layout--answered' : ''}`}>
        {chosen ? (
          <>
            <CheckMarks question={question} chosen={chosen} />
            <Feedback question={question} chosen={chosen} isLast={isLast} count={questions.length} />
          </>
        ) : (
          <div
            className="check__choices"
            role="group"
            aria-label={t('journey.check.choicesLabel')}
            onKeyDown={focusByArrowKeys}
          >
            {question.choices.map((choice) => (
              <button key={choice.id} type="button" className="button check__choice" onClick={() => choose(choice.id)}>
                <span>{text(choiceLabelKey(question.id, choice.id))}</span>
              </button>
            ))}
          </div>
        )}
      </div>
    </PatientFrame>
  );
}

function Feedback(props: { question: Question; chosen: string; isLast: boolean; count: number }) {
  const { question, chosen } = props;
  const { t } = useTranslation();
  const text = useContentText();
  const box = useRef<HTMLDivElement>(null);
  // The answer buttons are gone: the explanation takes the focus, so it is read out and Tab goes on from here.
  useEffect(() => box.current?.focus(), [question.id, chosen]);
  const right = isCorrectChoice(question, chosen);
  const pointTo = right ? undefined : question.wrongAnswerPage;
  return (
    <div className="check__feedback" aria-live="polite">
      <div ref={box} tabIndex={-1} className={`check__feedback-box check__feedback-box--${right ? 'right' : 'kind'}`}>
        <p>{text(choiceFeedbackKey(question.id, chosen))}</p>
        {props.isLast ? <p>{t('journey.check.done', { count: props.count })}</p> : null}
      </div>
      {pointTo ? (
        <button type="button" className="button check__see-page" onClick={() => openTopicPage(pointTo)}>
          {t('journey.check.seeWarningSigns')}
        </button>
      ) : null}
    </div>
  );
}
