import {
  CONTENT,
  blockTextKey,
  keyMessageKey,
  pageById,
  questionPromptKey,
  type ReviewFlag,
} from '../../../core/content';
import { aboutKey } from '../../../core/content';
import { useContentText } from '../../platform/i18n/useContentText';

/** What a flagged part is called on screen, in the patient's language (a page's heading, a question, a key message). */
export function flaggedPartName(flag: ReviewFlag, text: (key: string) => string): string {
  if (flag.target === 'question') return text(questionPromptKey(flag.id));
  if (flag.target === 'keyMessage') return text(keyMessageKey(flag.id));
  const page = pageById(flag.id);
  const heading = page?.blocks.find((block) => block.type === 'heading');
  return page && heading ? text(blockTextKey(page.id, heading)) : flag.id;
}

/**
 * The parts a health professional has not checked yet, safety net first, by the
 * names a patient sees them under, so nobody mistakes them for checked advice.
 */
export function AwaitingReview() {
  const text = useContentText();
  if (CONTENT.reviewStatus === 'clinically-reviewed') return null;
  const flags = [...CONTENT.reviewFlags].sort((a, b) => Number(b.safetyNet) - Number(a.safetyNet));
  const names = [...new Set(flags.filter((f) => f.target !== 'keyMessage').map((f) => flaggedPartName(f, text)))];
  return (
    <section className="about__awaiting" aria-labelledby="about-awaiting-heading">
      <h2 id="about-awaiting-heading">{text(aboutKey('reviewHeading'))}</h2>
      <p className="about__text">{text(aboutKey('reviewNote'))}</p>
      <ul className="about__awaiting-list">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  );
}
