/**
 * Plain-language bar from the brief: every English topic reads at
 * Flesch-Kincaid grade 6.0 or below, measured with a maintained package
 * (text-readability) rather than a home-made formula.
 */
import readability from 'text-readability';
import { describe, expect, test } from 'vitest';
import {
  ABOUT_TEXT_IDS,
  CONTENT,
  aboutKey,
  blockKeys,
  choiceFeedbackKey,
  choiceLabelKey,
  illustrationAltKey,
  illustrationCaptionKey,
  keyMessageKey,
  questionPromptKey,
  suggestedQuestionKey,
  type Page,
} from '../../core/content/index';
import { valueAt } from '../../core/content/stringTree';
import en from '../../locales/en/content.json';

const MAX_GRADE = 6.0;

function english(key: string): string {
  const value = valueAt(en, key);
  if (typeof value !== 'string') throw new Error(`missing English text for ${key}`);
  return value;
}

/** Each string becomes a sentence; headings and list items get the full stop they lack on screen. */
function asSentences(texts: readonly string[]): string {
  return texts.map((t) => (/[.?!]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`)).join(' ');
}

/** Everything a patient reads on these pages: headings, text, lists, callouts, key points, captions and alt text. */
function pagesBodyText(pages: readonly Page[]): string {
  const texts = pages.flatMap((page) =>
    page.blocks.flatMap((block) =>
      block.type === 'illustration'
        ? [english(illustrationCaptionKey(block.illustration)), english(illustrationAltKey(block.illustration))]
        : blockKeys(page.id, block).map(english),
    ),
  );
  return asSentences(texts);
}

function grade(text: string): number {
  return readability.fleschKincaidGrade(text);
}

describe('English readability (Flesch-Kincaid grade, text-readability)', () => {
  test.each([
    ['the short path', CONTENT.shortPath] as const,
    ...CONTENT.topics.map((topic) => [`topic ${topic.id}`, topic.pages] as const),
  ])('%s is at grade 6 or below', (id, pages) => {
    const text = pagesBodyText(pages);
    const fk = grade(text);
    console.log(
      `FK grade ${fk.toFixed(1)}  ${id}  (${readability.lexiconCount(text)} words, ${readability.sentenceCount(text)} sentences)`,
    );
    expect(fk).toBeLessThanOrEqual(MAX_GRADE);
  });

  test('teach-back questions and feedback are at grade 6 or below', () => {
    const texts = CONTENT.questions.flatMap((q) => [
      english(questionPromptKey(q.id)),
      ...q.choices.flatMap((c) => [english(choiceLabelKey(q.id, c.id)), english(choiceFeedbackKey(q.id, c.id))]),
    ]);
    const fk = grade(asSentences(texts));
    console.log(`FK grade ${fk.toFixed(1)}  teach-back questions`);
    expect(fk).toBeLessThanOrEqual(MAX_GRADE);
  });

  test('the key messages (end-of-path summary) are at grade 6 or below', () => {
    const fk = grade(asSentences(CONTENT.keyMessages.map(({ id }) => english(keyMessageKey(id)))));
    console.log(`FK grade ${fk.toFixed(1)}  key messages`);
    expect(fk).toBeLessThanOrEqual(MAX_GRADE);
  });

  test('suggested clinician questions are at grade 6 or below', () => {
    const fk = grade(asSentences(CONTENT.suggestedQuestions.map((id) => english(suggestedQuestionKey(id)))));
    console.log(`FK grade ${fk.toFixed(1)}  suggested clinician questions`);
    expect(fk).toBeLessThanOrEqual(MAX_GRADE);
  });

  test('the About page is at grade 6 or below', () => {
    const texts = ABOUT_TEXT_IDS.filter((id) => id !== 'reviewDate').map((id) => english(aboutKey(id)));
    const fk = grade(asSentences(texts));
    console.log(`FK grade ${fk.toFixed(1)}  about page`);
    expect(fk).toBeLessThanOrEqual(MAX_GRADE);
  });

  test('the measure itself works: dense prose scores far above grade 6', () => {
    const dense =
      'Cobalamin insufficiency precipitates demyelination of peripheral neurological structures, necessitating comprehensive haematological investigation.';
    expect(grade(dense)).toBeGreaterThan(12);
  });
});
