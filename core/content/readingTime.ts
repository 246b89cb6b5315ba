/**
 * How long the short path takes to read, for the menu's "About n minutes". The
 * same structure in every language, so the English words (the source) decide.
 */
import { blockKeys, choiceFeedbackKey, choiceLabelKey, questionPromptKey } from './keys';
import { guidedCheckQuestions } from './navigation';
import type { ContentStructure } from './schema';
import { CONTENT } from './structure';
import { valueAt, type StringTree } from './stringTree';

/** A slow, careful reader (the brief plans the path at 150 words a minute). */
export const WORDS_PER_MINUTE = 150;

/** Every word a patient reads on the short path and its check (the captions, not the pictures' text alternatives). */
export function shortPathWords(strings: StringTree, structure: ContentStructure = CONTENT): number {
  const keys = [
    ...structure.shortPath.flatMap((page) => page.blocks.flatMap((block) => blockKeys(page.id, block))),
    ...guidedCheckQuestions(structure).flatMap((question) => {
      const right = question.choices.find((choice) => choice.correct);
      return [
        questionPromptKey(question.id),
        ...question.choices.map((choice) => choiceLabelKey(question.id, choice.id)),
        ...(right ? [choiceFeedbackKey(question.id, right.id)] : []),
      ];
    }),
  ];
  return keys.reduce((sum, key) => {
    const text = valueAt(strings, key);
    return sum + (typeof text === 'string' ? text.split(/\s+/).filter(Boolean).length : 0);
  }, 0);
}

/** Whole minutes, rounded up, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
