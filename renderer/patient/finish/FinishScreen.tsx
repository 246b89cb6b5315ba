import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT, keyMessageKey, suggestedQuestionKey } from '../../../core/content';
import { isLanguageCode } from '../../../core/languages';
import { PatientFrame } from '../frame/PatientFrame';
import { useContentText } from '../../platform/i18n/useContentText';
import { useClinicianQuestions } from '../questions/clinicianQuestions';
import { useNavigation } from '../../session/navigation';
import { endSession } from '../../session/endSession';
import { useSessionRecord } from '../../session/sessionRecord';
import { useSettings } from '../../settings/settingsStore';
import { TakeHomeQr } from './TakeHomeQr';
import { takeHomeText } from './takeHomeText';
import './finish.css';

/**
 * The end, and where "I've been called" leads: the patient's questions shown large to
 * show a doctor or nurse, a QR code to take them home, the key messages, and Start
 * again always in view at the bottom.
 */
export function FinishScreen() {
  const { t, i18n } = useTranslation();
  const text = useContentText();
  const chosen = useClinicianQuestions((s) => s.chosen);
  const takeHome = useSettings((s) => s.settings.takeHome);
  const go = useNavigation((s) => s.go);

  useEffect(() => {
    useSessionRecord.getState().countEnd('finished');
  }, []);

  const startAgain = () => endSession('start-again');

  const questions = chosen.map((id) => text(suggestedQuestionKey(id)));
  // A heading staff typed for this language wins; otherwise the language's own translated heading.
  const staffHeading = isLanguageCode(i18n.language) ? takeHome.qrHeadings[i18n.language]?.trim() : undefined;
  const qrHeading = staffHeading || t('journey.finish.qrHeading');

  return (
    <PatientFrame
      title={t('journey.finish.title')}
      showCalled={false}
      forward={{ onClick: startAgain, label: t('nav.startAgain') }}
    >
      <div className="finish__layout">
        <section className="finish__list" aria-labelledby="finish-list-heading">
          <h2 id="finish-list-heading">{t('journey.finish.listHeading')}</h2>
          {questions.length > 0 ? (
            <>
              <p>{t('journey.finish.showClinician')}</p>
              <ol className="finish__questions">
                {questions.map((question, index) => (
                  <li key={chosen[index]}>{question}</li>
                ))}
              </ol>
            </>
          ) : (
            <>
              <p>{t('journey.finish.emptyList')}</p>
              <button type="button" className="button finish__pick" onClick={() => go('questions')}>
                {t('journey.finish.pickQuestions')}
              </button>
            </>
          )}
        </section>
        {takeHome.qrEnabled && questions.length > 0 ? (
          <TakeHomeQr heading={qrHeading} text={takeHomeText(qrHeading, questions)} />
        ) : null}
      </div>
      <section className="finish__messages" aria-labelledby="finish-messages-heading">
        <h2 id="finish-messages-heading">{t('journey.finish.keyMessagesHeading')}</h2>
        <ul>
          {CONTENT.keyMessages.map(({ id }) => (
            <li key={id}>{text(keyMessageKey(id))}</li>
          ))}
        </ul>
      </section>
      <div className="finish__actions">
        <button type="button" className="button" onClick={() => go('about')}>
          {t('journey.finish.about')}
        </button>
      </div>
    </PatientFrame>
  );
}
