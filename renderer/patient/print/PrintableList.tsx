import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../../core/languages';
import './print.css';

export interface PrintableListProps {
  /** The heading above the list (staff's own for this language, or its translated default). */
  heading: string;
  questions: readonly string[];
  keyMessages: readonly string[];
  /** The clinic's name as staff typed it; nothing at all when it is not set. */
  clinicName: string;
}

/**
 * The take-home sheet: the patient's questions in their language and script, the key messages,
 * "bring this to your appointment" and the clinic's name; nothing personal. A direct child of
 * <body>, invisible on screen; the print stylesheet shows only it (A4, Letter or an 80 mm roll).
 */
export function PrintableList({ heading, questions, keyMessages, clinicName }: PrintableListProps) {
  const { t, i18n } = useTranslation();
  const language = languageInfo(i18n.language);
  return createPortal(
    <article
      className="print-sheet"
      lang={language.code}
      dir={language.dir}
      data-script={language.script}
      data-testid="print-sheet"
    >
      {clinicName ? (
        <p className="print-sheet__clinic" dir="auto">
          {clinicName}
        </p>
      ) : null}
      <h1 className="print-sheet__heading" dir="auto">
        {heading}
      </h1>
      <h2 className="print-sheet__subheading">{t('journey.print.questionsHeading')}</h2>
      <ol className="print-sheet__questions">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
      <p className="print-sheet__bring">{t('journey.print.bringThis')}</p>
      <h2 className="print-sheet__subheading">{t('journey.print.keyMessagesHeading')}</h2>
      <ul className="print-sheet__messages">
        {keyMessages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </article>,
    document.body,
  );
}
