/**
 * The validator passes the real English content and names each class of defect
 * precisely when fed a deliberately broken copy.
 */
import { describe, expect, test } from 'vitest';
import {
  CONTENT,
  hasErrors,
  requiredContentKeys,
  validateContent,
  type ContentDiagnostic,
  type ContentStructure,
  type DiagnosticCode,
} from '../../core/content/index';
import en from '../../locales/en/content.json';

type Strings = Record<string, unknown>;

/** Unwraps a value the test knows exists, failing with a clear message if the content changed. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`test setup: ${what} not found`);
  return value;
}

const copyOf = <T>(value: T): T => structuredClone(value);
const errors = (diagnostics: readonly ContentDiagnostic[]) => diagnostics.filter((d) => d.severity === 'error');
const withCode = (diagnostics: readonly ContentDiagnostic[], code: DiagnosticCode) =>
  diagnostics.filter((d) => d.code === code);

/** Sets a dotted key inside a copy of the strings (creating groups as needed). */
function setString(strings: Strings, key: string, value: unknown): void {
  const parts = key.split('.');
  const last = must(parts.pop(), key);
  let node = strings;
  for (const part of parts) node = (node[part] ??= {}) as Strings;
  node[last] = value;
}

function deleteString(strings: Strings, key: string): void {
  const parts = key.split('.');
  const last = must(parts.pop(), key);
  let node = strings;
  for (const part of parts) node = node[part] as Strings;
  Reflect.deleteProperty(node, last);
}

const firstTopic = (structure: ContentStructure) => must(structure.topics[0], 'first topic');
const firstPage = (structure: ContentStructure) => must(firstTopic(structure).pages[0], 'first page');

describe('validateContent on the real content', () => {
  test('English has no errors and no warnings', () => {
    const diagnostics = validateContent(CONTENT, en);
    expect(diagnostics).toEqual([]);
  });

  test('requiredContentKeys lists every key exactly once, all present in English', () => {
    const keys = requiredContentKeys(CONTENT);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('pages.neuropathy-nerves.h');
    expect(keys).toContain('pages.neuropathy-what.list.tingling');
    expect(keys).toContain('questions.q-urgent.choices.get-help-now.feedback');
    expect(keys).toContain('illustrations.question-list.alt');
    expect(keys).toContain('about.status.awaiting-clinical-review');
    // i18next would split on these, so no id may contain them.
    for (const key of keys) expect(key.split('.').every((part) => part !== '' && !part.includes(':'))).toBe(true);
  });
});

describe('validateContent catches each class of defect', () => {
  test('a missing string', () => {
    const strings = copyOf(en) as Strings;
    deleteString(strings, 'pages.neuropathy-nerves.text');
    const found = withCode(validateContent(CONTENT, strings), 'missing-string');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', path: 'strings.pages.neuropathy-nerves.text' }),
    ]);
  });

  test('an empty or blank string', () => {
    const strings = copyOf(en) as Strings;
    setString(strings, 'questions.q-food.prompt', '   ');
    const found = withCode(validateContent(CONTENT, strings), 'empty-string');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', path: 'strings.questions.q-food.prompt' })]);
  });

  test('a group where a string belongs', () => {
    const strings = copyOf(en) as Strings;
    setString(strings, 'topics.food.title', { text: 'B12 in food' });
    const found = withCode(validateContent(CONTENT, strings), 'not-a-string');
    expect(found.map((d) => d.path)).toEqual(['strings.topics.food.title']);
  });

  test('a question with two correct answers', () => {
    const structure = copyOf(CONTENT);
    const question = must(
      structure.questions.find((q) => q.id === 'q-urgent'),
      'q-urgent',
    );
    question.choices.forEach((choice) => (choice.correct = choice.id !== 'rest'));
    const found = withCode(validateContent(structure, en), 'correct-answer-count');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', path: 'structure.questions.q-urgent' })]);
    expect(found[0]?.message).toMatch(/2 correct/);
  });

  test('a question with no correct answer', () => {
    const structure = copyOf(CONTENT);
    must(structure.questions[0], 'first question').choices.forEach((choice) => (choice.correct = false));
    expect(withCode(validateContent(structure, en), 'correct-answer-count')).toHaveLength(1);
  });

  test('an unknown source id on a claim', () => {
    const structure = copyOf(CONTENT);
    must(firstPage(structure).claims[0], 'first claim').sources.push('made-up-journal');
    const found = withCode(validateContent(structure, en), 'unknown-source');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'structure.pages.neuropathy-nerves.claims.nerves-carry-messages',
      }),
    ]);
    expect(found[0]?.message).toContain('made-up-journal');
  });

  test('a page with no claims, or a claim with no sources, is an error', () => {
    const noClaims = copyOf(CONTENT);
    firstPage(noClaims).claims = [];
    expect(withCode(validateContent(noClaims, en), 'schema').map((d) => d.path)).toEqual([
      'structure.topics.0.pages.0.claims',
    ]);
    const noSources = copyOf(CONTENT);
    must(firstPage(noSources).claims[0], 'first claim').sources = [];
    expect(withCode(validateContent(noSources, en), 'schema').map((d) => d.path)).toEqual([
      'structure.topics.0.pages.0.claims.0.sources',
    ]);
  });

  test('a picture repeated within a topic or along the short path', () => {
    const structure = copyOf(CONTENT);
    const page = must(firstTopic(structure).pages[1], 'second page');
    page.blocks = page.blocks.map((b) => (b.type === 'illustration' ? { ...b, illustration: 'nerve-signal' } : b));
    const shortPage = must(structure.shortPath[1], 'second key page');
    shortPage.blocks = shortPage.blocks.map((b) =>
      b.type === 'illustration' ? { ...b, illustration: 'hands-feet-tingling' } : b,
    );
    const found = withCode(validateContent(structure, en), 'repeated-illustration');
    expect(found.map((d) => d.path)).toEqual(['structure.topics.neuropathy', 'structure.shortPath']);
  });

  test('a safety-net page, question or key message without its review flag', () => {
    const structure = copyOf(CONTENT);
    structure.reviewFlags = structure.reviewFlags.filter(
      (flag) => !['help-same-day', 'q-urgent', 'get-help'].includes(flag.id),
    );
    const found = withCode(validateContent(structure, en), 'safety-net-not-flagged');
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('page "help-same-day"'),
      expect.stringContaining('question "q-urgent"'),
      expect.stringContaining('keyMessage "get-help"'),
    ]);
  });

  test('a page with safety-net claims but no tier still needs its flag', () => {
    const structure = copyOf(CONTENT);
    structure.reviewFlags = structure.reviewFlags.filter((flag) => flag.id !== 'help-action');
    const found = withCode(validateContent(structure, en), 'safety-net-not-flagged');
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('page "help-action" makes safety-net claims'),
    ]);
  });

  test('"Need help now?" must open an emergency-tier page; flags and pointers must name real things', () => {
    const structure = copyOf(CONTENT);
    structure.emergencyPage = 'help-soon';
    must(
      structure.questions.find((q) => q.id === 'q-urgent'),
      'q-urgent',
    ).wrongAnswerPage = 'help-nowhere';
    must(structure.shortPath[0], 'first key page').learnMore = 'no-such-topic';
    structure.reviewFlags.push({ target: 'question', id: 'q-nowhere', safetyNet: false, reason: 'x' });
    const diagnostics = validateContent(structure, en);
    expect(withCode(diagnostics, 'emergency-page')).toHaveLength(1);
    expect(withCode(diagnostics, 'unknown-page').map((d) => d.path)).toEqual(['structure.questions.q-urgent']);
    expect(withCode(diagnostics, 'unknown-topic').map((d) => d.path)).toEqual(['structure.shortPath.key-neuropathy']);
    expect(withCode(diagnostics, 'unknown-review-target')).toHaveLength(1);
  });

  test('an unknown illustration', () => {
    const structure = copyOf(CONTENT) as unknown as {
      topics: { pages: { blocks: { type: string; illustration?: string }[] }[] }[];
    };
    const page = must(must(structure.topics[0], 'first topic').pages[0], 'first page');
    const block = must(
      page.blocks.find((b) => b.type === 'illustration'),
      'illustration block',
    );
    block.illustration = 'unicorn';
    const diagnostics = validateContent(structure, en);
    const found = withCode(diagnostics, 'unknown-illustration');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', path: 'structure.topics.0.pages.0.blocks.2.illustration' }),
    ]);
    expect(found[0]?.message).toContain('unicorn');
    expect(errors(diagnostics)).toHaveLength(1);
  });

  test('a page without text', () => {
    const structure = copyOf(CONTENT);
    const page = firstPage(structure);
    page.blocks = page.blocks.filter((block) => block.type !== 'text');
    const found = withCode(validateContent(structure, en), 'page-without-text');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', path: 'structure.pages.neuropathy-nerves' })]);
  });

  test('a page without a heading, or with two pictures', () => {
    const structure = copyOf(CONTENT);
    const page = firstPage(structure);
    page.blocks = [
      ...page.blocks.filter((block) => block.type !== 'heading'),
      { type: 'illustration', illustration: 'b12-foods' },
    ];
    const diagnostics = validateContent(structure, en);
    expect(withCode(diagnostics, 'page-without-heading')).toHaveLength(1);
    expect(withCode(diagnostics, 'page-illustration-count')).toHaveLength(1);
  });

  test('a duplicated page id', () => {
    const structure = copyOf(CONTENT);
    must(must(structure.topics[1], 'second topic').pages[0], 'its first page').id = 'neuropathy-nerves';
    const found = withCode(validateContent(structure, en), 'duplicate-id');
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('"neuropathy-nerves"')]);
  });

  test('a topic question or guided-check question that does not exist', () => {
    const structure = copyOf(CONTENT);
    firstTopic(structure).questions = ['q-nowhere'];
    structure.guidedCheck[0] = 'q-also-nowhere';
    const found = withCode(validateContent(structure, en), 'unknown-question');
    expect(found.map((d) => d.path)).toEqual(['structure.topics.neuropathy.questions', 'structure.guidedCheck']);
  });

  test('a topic that does not end with what the patient can do', () => {
    const structure = copyOf(CONTENT);
    must(firstTopic(structure).pages.at(-1), 'last page').kind = 'explain';
    expect(withCode(validateContent(structure, en), 'topic-without-action')).toHaveLength(1);
  });

  test('an id that would break i18next keys', () => {
    const structure = copyOf(CONTENT);
    firstPage(structure).id = 'bad.id';
    const found = withCode(validateContent(structure, en), 'schema');
    expect(found[0]?.path).toBe('structure.topics.0.pages.0.id');
  });

  test('a translation that drops the {{date}} placeholder', () => {
    const strings = copyOf(en) as Strings;
    setString(strings, 'about.reviewDate', 'Next review due soon');
    expect(withCode(validateContent(CONTENT, strings), 'missing-placeholder')).toHaveLength(1);
  });

  test('orphan strings and unknown sections are warnings, not errors', () => {
    const strings = copyOf(en) as Strings;
    setString(strings, 'pages.neuropathy-nerves.old-text', 'Left over');
    setString(strings, 'questions.q-gone.prompt', 'Gone?');
    setString(strings, 'extras', { note: 'x' });
    const diagnostics = validateContent(CONTENT, strings);
    expect(hasErrors(diagnostics)).toBe(false);
    expect(withCode(diagnostics, 'orphan-string').map((d) => d.path)).toEqual([
      'strings.pages.neuropathy-nerves.old-text',
      'strings.questions.q-gone.prompt',
    ]);
    expect(withCode(diagnostics, 'unknown-section')).toHaveLength(1);
  });

  test('a source nobody cites and a question nobody asks are warnings', () => {
    const structure = copyOf(CONTENT);
    structure.sources.push({ id: 'spare', publisher: 'P', title: 'T', url: 'https://example.org/', year: 2020 });
    structure.questions.push({
      id: 'q-spare',
      choices: [
        { id: 'a', correct: true },
        { id: 'b', correct: false },
      ],
    });
    const diagnostics = validateContent(structure, en);
    expect(withCode(diagnostics, 'unused-source')).toHaveLength(1);
    expect(withCode(diagnostics, 'unused-question')).toHaveLength(1);
    // The new ids also need strings, which English does not have yet.
    expect(withCode(diagnostics, 'missing-string').map((d) => d.path)).toEqual([
      'strings.questions.q-spare.prompt',
      'strings.questions.q-spare.choices.a.label',
      'strings.questions.q-spare.choices.a.feedback',
      'strings.questions.q-spare.choices.b.label',
      'strings.questions.q-spare.choices.b.feedback',
      'strings.sources.spare',
    ]);
  });

  test.each([
    ['null structure', null, en],
    ['structure is a string', 'topics', en],
    ['strings are null', CONTENT, null],
    ['strings are a list', CONTENT, []],
    ['both empty objects', {}, {}],
  ])('never throws on garbage: %s', (_name, structure, strings) => {
    const diagnostics = validateContent(structure, strings);
    expect(hasErrors(diagnostics)).toBe(true);
    for (const d of diagnostics) expect(d.message.length).toBeGreaterThan(0);
  });
});
