/**
 * The shape of the shipped content and the helpers screens rely on, plus
 * editorial rules from the brief that a test can check.
 */
import { describe, expect, test } from 'vitest';
import { ILLUSTRATION_IDS } from '../../core/illustrationIds';
import {
  CONTENT,
  allPages as everyPage,
  blockKeys,
  emergencyPageRef,
  pageSources,
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
import enUi from '../../locales/en/ui.json';

function flatten(tree: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[dotted] = value;
    else if (value && typeof value === 'object') Object.assign(out, flatten(value as object, dotted));
  }
  return out;
}

const allPages = everyPage();

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
    expect(CONTENT.reviewDate).toBe('2027-06-01');
    expect(CONTENT.reviewStatus).toBe('awaiting-clinical-review');
    const safetyNetFlags = CONTENT.reviewFlags.filter((f) => f.safetyNet).map((f) => `${f.target}:${f.id}`);
    expect(safetyNetFlags).toEqual(
      expect.arrayContaining([
        'page:help-emergency',
        'page:help-same-day',
        'page:help-soon',
        'page:key-get-help',
        'question:q-urgent',
        'keyMessage:get-help',
      ]),
    );
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

  test('the short check asks 2 to 4 questions and there are 8 to 12 clinician questions', () => {
    expect(guidedCheckQuestions()).toHaveLength(CONTENT.guidedCheck.length);
    expect(CONTENT.guidedCheck.length).toBeGreaterThanOrEqual(2);
    expect(CONTENT.guidedCheck.length).toBeLessThanOrEqual(4);
    expect(CONTENT.suggestedQuestions.length).toBeGreaterThanOrEqual(8);
    expect(CONTENT.suggestedQuestions.length).toBeLessThanOrEqual(12);
  });

  test('a short summary of key messages closes the guided path', () => {
    expect(CONTENT.keyMessages.length).toBeGreaterThanOrEqual(3);
    expect(CONTENT.keyMessages.length).toBeLessThanOrEqual(6);
    expect(String(valueAt(en, 'keyMessages.normal-b12'))).toMatch(/research has not shown/);
  });

  test('every question has 2 to 4 choices', () => {
    for (const q of CONTENT.questions) {
      expect(q.choices.length).toBeGreaterThanOrEqual(2);
      expect(q.choices.length).toBeLessThanOrEqual(4);
    }
  });
});

describe('helpers for the screens', () => {
  test('guidedPath is the short path: one key page per topic, in menu order, each leading to its topic', () => {
    const path = guidedPath();
    expect(path.map((ref) => ref.pageId)).toEqual(CONTENT.shortPath.map((p) => p.id));
    expect(path.length).toBeGreaterThanOrEqual(8);
    expect(path.length).toBeLessThanOrEqual(12);
    expect(path[0]).toEqual({ topicId: 'neuropathy', pageId: 'key-neuropathy' });
    expect(new Set(path.map((ref) => ref.topicId))).toEqual(new Set(CONTENT.topics.map((t) => t.id)));
  });

  test('"Need help now?" opens the emergency tier of the safety net', () => {
    expect(emergencyPageRef()).toEqual({ topicId: 'get-help', pageId: 'help-emergency' });
    expect(pageById('help-emergency')?.tier).toBe('emergency');
    expect(questionById('q-urgent')?.wrongAnswerPage).toBe('help-emergency');
  });

  test('a page cites the sources of its claims, once each', () => {
    const page = must(pageById('help-emergency'), 'help-emergency');
    expect(pageSources(page)).toEqual(['nhs-stroke', 'nhs-guillain-barre', 'nhs-cauda-equina', 'nhs-when-to-call-999']);
    for (const each of allPages) expect(pageSources(each).length).toBeGreaterThan(0);
  });

  test('look-ups find what exists and return undefined otherwise', () => {
    expect(topicById('signs')?.pages[0]?.id).toBe('signs-body');
    expect(topicById('nope')).toBeUndefined();
    expect(pageById('help-same-day')?.kind).toBe('explain');
    expect(pageById('key-b12')?.kind).toBe('key');
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
    expect(isCorrectChoice(q, 'rest')).toBe(false);
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

  test('one voice: no banned words, "doctor or nurse" not "clinician", UK spelling throughout', () => {
    const banned = /\bclinicians?\b|\bcur(e|es|ed|ing)\b|revolutionary|miracle|breakthrough|guaranteed?/i;
    const usSpelling =
      /\b(anemia|anemic|color|colou?rless|center|fiber|behavior|labor|hemoglobin|esophagus|celiac|diarrhea)\b/i;
    expect(patientTexts.filter(([, text]) => banned.test(text))).toEqual([]);
    expect(patientTexts.filter(([, text]) => usSpelling.test(text))).toEqual([]);
    const ui = Object.entries(flatten(enUi)).filter(([key]) => !key.startsWith('staff.'));
    expect(ui.filter(([, text]) => banned.test(text))).toEqual([]);
  });

  test('the banned-word check really catches them', () => {
    const banned = /\bclinicians?\b|\bcur(e|es|ed|ing)\b|revolutionary|miracle|breakthrough|guaranteed?/i;
    for (const sample of ['Ask your clinician.', 'B12 cures it.', 'A revolutionary pill.'])
      expect(banned.test(sample)).toBe(true);
    expect(banned.test('Make sure you ask.')).toBe(false);
  });

  test('the can-B12-help topic says plainly who B12 does not help, in the words the evidence allows', () => {
    const helps = String(valueAt(en, 'pages.helps-if-normal.text'));
    expect(helps).toMatch(/normal/);
    expect(helps).toMatch(/research has not shown that extra B12 helps your nerves/);
    expect(String(valueAt(en, 'pages.helps-research.text'))).toMatch(/has not been shown to heal nerve damage/);
  });

  test('metformin advice always says to keep taking it', () => {
    expect(String(valueAt(en, 'pages.low-action.list.keep-taking'))).toMatch(
      /^Keep taking your medicines, such as metformin/,
    );
    expect(String(valueAt(en, 'pages.treat-safety.text'))).toMatch(/^Keep taking your medicines.*metformin/);
    expect(String(valueAt(en, 'questions.q-metformin.choices.stop.feedback'))).toMatch(
      /^Please do not stop on your own/,
    );
  });
});
