/**
 * Every medical term is explained the first time a patient meets it, on every
 * path: the short path, and each topic opened on its own from the menu (its own
 * teach-back questions included). A topic must not lean on an explanation that
 * only another topic gives.
 */
import { describe, expect, test } from 'vitest';
import {
  CONTENT,
  blockKeys,
  choiceFeedbackKey,
  choiceLabelKey,
  guidedCheckQuestions,
  questionPromptKey,
  topicQuestions,
  type Page,
  type Question,
} from '../../core/content/index';
import { valueAt } from '../../core/content/stringTree';
import en from '../../locales/en/content.json';

/** A term, and what must stand on the same screen where it first appears. */
const TERMS: readonly { term: RegExp; explained: RegExp }[] = [
  { term: /neuropathy/i, explained: /damage to the nerves|nerve damage/i },
  { term: /myelin/i, explained: /myelin, the coat|myelin is the coat|coat is called myelin|the coat around nerves/i },
  { term: /pernicious anaemia/i, explained: /cannot take B12 from food|defence system attacks the stomach/i },
  { term: /folic acid/i, explained: /folic acid, another B vitamin/i },
  { term: /metformin/i, explained: /metformin, a (diabetes )?medicine|medicine for diabetes|metformin for diabetes/i },
  { term: /nitrous oxide/i, explained: /laughing gas/i },
  { term: /\bMMA\b/, explained: /called MMA/ },
  { term: /homocysteine/i, explained: /blood test, called homocysteine/i },
  { term: /fortified/i, explained: /added B12 are called fortified/i },
  { term: /coeliac|crohn/i, explained: /which affect the gut/i },
  { term: /colchicine/i, explained: /colchicine, a medicine for gout/i },
  { term: /injections?/i, explained: /shots, also called injections/i },
  { term: /\bDNA\b/, explained: /the plan inside each cell/i },
  { term: /ulcers/i, explained: /small sores/i },
];

function english(key: string): string {
  const value = valueAt(en, key);
  if (typeof value !== 'string') throw new Error(`missing English text for ${key}`);
  return value;
}

/** One screen's words, in the order a patient meets the screens of a path. */
type Screen = { where: string; text: string };

const pageScreen = (page: Page): Screen => ({
  where: `page ${page.id}`,
  text: page.blocks.flatMap((block) => blockKeys(page.id, block).map(english)).join(' '),
});

const questionScreen = (question: Question): Screen => ({
  where: `question ${question.id}`,
  text: [
    english(questionPromptKey(question.id)),
    ...question.choices.flatMap((c) => [
      english(choiceLabelKey(question.id, c.id)),
      english(choiceFeedbackKey(question.id, c.id)),
    ]),
  ].join(' '),
});

/** Where a term first appears on this path, and whether that screen explains it. */
function unexplained(screens: readonly Screen[]): string[] {
  return TERMS.flatMap(({ term, explained }) => {
    const first = screens.find((screen) => term.test(screen.text));
    return first && !explained.test(first.text) ? [`${String(term)} first appears on ${first.where} unexplained`] : [];
  });
}

const PATHS: readonly (readonly [string, readonly Screen[]])[] = [
  [
    'the short path and its check',
    [...CONTENT.shortPath.map(pageScreen), ...guidedCheckQuestions().map(questionScreen)],
  ],
  ...CONTENT.topics.map(
    (topic) =>
      [
        `topic ${topic.id} on its own`,
        [...topic.pages.map(pageScreen), ...topicQuestions(topic).map(questionScreen)],
      ] as const,
  ),
];

describe('medical terms are explained at first use on every path', () => {
  test.each(PATHS)('%s', (_name, screens) => {
    expect(unexplained(screens)).toEqual([]);
  });

  test('the check catches a term used before its explanation', () => {
    const screens = [
      { where: 'page a', text: 'Large doses of folic acid can hide low B12.' },
      { where: 'page b', text: 'Folic acid, another B vitamin, is in some foods.' },
    ];
    expect(unexplained(screens)).toEqual(['/folic acid/i first appears on page a unexplained']);
  });
});
