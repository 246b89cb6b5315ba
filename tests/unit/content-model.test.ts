/**
 * The shape of the shipped content and the helpers screens rely on, plus
 * editorial rules from the brief that a test can check.
 */
import { describe, expect, test } from 'vitest';
import { ILLUSTRATION_IDS } from '../../core/illustrationIds';
import {
  CONTENT,
  blockKeys,
  blockTextKey,
  guidedCheckQuestions,
  guidedPath,
  isCorrectChoice,
  listItemKey,
  pageById,
  pageIllustration,
  questionById,
  requiredContentKeys,
  topicById,
  topicQuestions,
} from '../../core/content/index';
import { valueAt } from '../../core/content/stringTree';
import en from '../../locales/en/content.json';

const allPages = CONTENT.topics.flatMap((t) => t.pages);

/** Unwraps a value the test knows exists, failing with a clear message if the content changed. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`test setup: ${what} not found`);
  return value;
}

describe('content structure', () => {
  test('has the eight required topics in guided order, plus food', () => {
    expect(CONTENT.topics.map((t) => t.id)).toEqual([
      'neuropathy',
      'b12-and-nerves',
      'who-runs-low',
      'signs',
      'testing',
      'treatment',
      'can-b12-help',
      'get-help',
      'food',
    ]);
  });

  test('every topic has 3 to 6 pages, 1 or 2 questions, and ends with an action page', () => {
    for (const topic of CONTENT.topics) {
      expect(topic.pages.length).toBeGreaterThanOrEqual(3);
      expect(topic.pages.length).toBeLessThanOrEqual(6);
      expect(topic.questions.length).toBeGreaterThanOrEqual(1);
      expect(topic.questions.length).toBeLessThanOrEqual(2);
      expect(topic.pages.at(-1)?.kind).toBe('action');
      expect(topic.pages.slice(0, -1).every((p) => p.kind === 'explain')).toBe(true);
    }
  });

  test('metadata: review date, status, flagged safety-net pages and sources', () => {
    expect(CONTENT.reviewDate).toBe('2026-11-23');
    expect(CONTENT.reviewStatus).toBe('awaiting-clinical-review');
    expect(CONTENT.reviewFlags.map((f) => f.pageId)).toEqual(expect.arrayContaining(['help-soon', 'help-now']));
    expect(CONTENT.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'nih-ods-b12',
        'nhs-b12-anaemia',
        'nhs-neuropathy',
        'nice-ng239',
        'medlineplus-b12-test',
        'mhra-metformin-2022',
        'cochrane-cd004573',
        'cochrane-cd004655',
        'bmj-2024-q1019',
        'aafp-2017',
      ]),
    );
  });

  test('guided check asks 4 to 6 questions and there are 8 to 12 clinician questions', () => {
    expect(guidedCheckQuestions()).toHaveLength(CONTENT.guidedCheck.length);
    expect(CONTENT.guidedCheck.length).toBeGreaterThanOrEqual(4);
    expect(CONTENT.guidedCheck.length).toBeLessThanOrEqual(6);
    expect(CONTENT.suggestedQuestions.length).toBeGreaterThanOrEqual(8);
    expect(CONTENT.suggestedQuestions.length).toBeLessThanOrEqual(12);
  });

  test('a short summary of key messages closes the guided path', () => {
    expect(CONTENT.keyMessages.length).toBeGreaterThanOrEqual(3);
    expect(CONTENT.keyMessages.length).toBeLessThanOrEqual(6);
    expect(String(valueAt(en, 'keyMessages.normal-b12'))).toMatch(/unlikely to help/);
  });

  test('every question has 2 to 4 choices', () => {
    for (const q of CONTENT.questions) {
      expect(q.choices.length).toBeGreaterThanOrEqual(2);
      expect(q.choices.length).toBeLessThanOrEqual(4);
    }
  });
});

describe('helpers for the screens', () => {
  test('guidedPath walks every page of every topic once, in order', () => {
    const path = guidedPath();
    expect(path.map((ref) => ref.pageId)).toEqual(allPages.map((p) => p.id));
    expect(path[0]).toEqual({ topicId: 'neuropathy', pageId: 'neuropathy-nerves' });
    expect(path.at(-1)?.topicId).toBe('food');
  });

  test('look-ups find what exists and return undefined otherwise', () => {
    expect(topicById('signs')?.pages[0]?.id).toBe('signs-body');
    expect(topicById('nope')).toBeUndefined();
    expect(pageById('help-now')?.kind).toBe('explain');
    expect(pageById('nope')).toBeUndefined();
    expect(questionById('q-food')?.choices).toHaveLength(3);
    expect(questionById('nope')).toBeUndefined();
    expect(topicQuestions(must(topicById('who-runs-low'), 'who-runs-low')).map((q) => q.id)).toEqual([
      'q-who-low',
      'q-metformin',
    ]);
  });

  test('isCorrectChoice and pageIllustration', () => {
    const q = must(questionById('q-urgent'), 'q-urgent');
    expect(isCorrectChoice(q, 'get-help-now')).toBe(true);
    expect(isCorrectChoice(q, 'wait')).toBe(false);
    expect(isCorrectChoice(q, 'missing')).toBe(false);
    for (const page of allPages) expect(ILLUSTRATION_IDS).toContain(pageIllustration(page));
  });

  test('key helpers match the layout of content.json', () => {
    const page = must(pageById('neuropathy-what'), 'neuropathy-what');
    const heading = must(
      page.blocks.find((b) => b.type === 'heading'),
      'heading',
    );
    const list = must(
      page.blocks.find((b) => b.type === 'list'),
      'list',
    );
    expect(blockTextKey(page.id, heading)).toBe('pages.neuropathy-what.h');
    expect(listItemKey(page.id, list, 'numbness')).toBe('pages.neuropathy-what.list.numbness');
    expect(blockKeys(page.id, { type: 'illustration', illustration: 'nerve-myelin' })).toEqual([]);
    for (const key of requiredContentKeys(CONTENT)) expect(typeof valueAt(en, key)).toBe('string');
  });
});

describe('English wording rules from the brief', () => {
  const patientTexts = requiredContentKeys(CONTENT)
    .filter((key) => !key.startsWith('sources.'))
    .map((key) => [key, String(valueAt(en, key))] as const);

  test('no doses or lab cut-offs on patient pages', () => {
    const doseOrCutOff = /\d\s*(mg|µg|mcg|micrograms?|milligrams?|pmol|pg\/ml|ng\/l|nmol|iu)\b/i;
    expect(patientTexts.filter(([, text]) => doseOrCutOff.test(text))).toEqual([]);
  });

  test('no claims the evidence does not support', () => {
    const unsupported =
      /inflammation|cures? (your )?neuropathy|revolutionary|miracle|boosts? (your )?energy|reverses?/i;
    const hits = patientTexts.filter(([, text]) => unsupported.test(text));
    expect(hits).toEqual([]);
  });

  test('myelin is explained where it first appears', () => {
    const firstMention = patientTexts.find(([, text]) => /myelin/i.test(text));
    expect(firstMention?.[0]).toBe('pages.b12-myelin.text');
    expect(firstMention?.[1]).toContain('This coat is called myelin. It protects the nerve.');
  });

  test('the can-B12-help topic says plainly who B12 does not help', () => {
    const helps = String(valueAt(en, 'pages.helps-if-normal.text'));
    expect(helps).toMatch(/normal/);
    expect(helps).toMatch(/unlikely to help/);
    expect(String(valueAt(en, 'pages.helps-research.text'))).toMatch(/does not cure nerve damage from other causes/);
  });

  test('metformin advice always says to keep taking it', () => {
    expect(String(valueAt(en, 'pages.low-action.list.keep-taking'))).toMatch(
      /^Keep taking your medicines, such as metformin/,
    );
    expect(String(valueAt(en, 'pages.treat-safety.text'))).toMatch(/^Keep taking metformin/);
    expect(String(valueAt(en, 'questions.q-metformin.choices.stop.feedback'))).toMatch(
      /^Please do not stop on your own/,
    );
  });
});
