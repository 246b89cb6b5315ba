/**
 * Checks a content structure and one locale's strings against each other and
 * returns diagnostics for staff; it never throws, so the app can always show
 * what is wrong instead of a blank screen. Runs on any locale's content.json.
 */
import type { z } from 'zod';
import { REQUIRED_PLACEHOLDERS, requiredContentKeys } from './keys';
import { contentSchema, UNKNOWN_ILLUSTRATION_PARAM, type ContentStructure, type Page } from './schema';
import { isStringTree, leafKeys, valueAt, type StringTree } from './stringTree';

export type DiagnosticSeverity = 'error' | 'warning';

export type DiagnosticCode =
  | 'schema'
  | 'unknown-illustration'
  | 'duplicate-id'
  | 'unknown-source'
  | 'unused-source'
  | 'unknown-question'
  | 'unused-question'
  | 'unknown-page'
  | 'correct-answer-count'
  | 'page-without-heading'
  | 'page-without-text'
  | 'page-illustration-count'
  | 'heading-not-first'
  | 'topic-without-action'
  | 'strings-not-object'
  | 'missing-string'
  | 'not-a-string'
  | 'empty-string'
  | 'missing-placeholder'
  | 'orphan-string'
  | 'unknown-section';

export interface ContentDiagnostic {
  readonly severity: DiagnosticSeverity;
  /** A stable name for the kind of problem, for tests and for grouping on the staff screen. */
  readonly code: DiagnosticCode;
  /** Where: `structure.…` for the language-neutral structure, `strings.<key>` for the locale file. */
  readonly path: string;
  readonly message: string;
}

/** Top-level sections of content.json; anything else is reported so typos surface. */
export const STRING_SECTIONS = [
  'topics',
  'pages',
  'questions',
  'keyMessages',
  'suggestedQuestions',
  'illustrations',
  'sources',
  'about',
] as const;

const error = (code: DiagnosticCode, path: string, message: string): ContentDiagnostic => ({
  severity: 'error',
  code,
  path,
  message,
});
const warning = (code: DiagnosticCode, path: string, message: string): ContentDiagnostic => ({
  severity: 'warning',
  code,
  path,
  message,
});

/**
 * Validates `structure` (normally CONTENT) and `strings` (a parsed content.json).
 * Both are `unknown` on purpose: the point is to check them, not to trust them.
 */
export function validateContent(structure: unknown, strings: unknown): ContentDiagnostic[] {
  try {
    const parsed = contentSchema.safeParse(structure);
    if (!parsed.success) {
      // Without a sound structure we cannot know which strings are needed.
      return [...parsed.error.issues.map(schemaIssueToDiagnostic), ...checkStringsShape(strings)];
    }
    return [...checkStructure(parsed.data), ...checkStrings(parsed.data, strings)];
  } catch (cause) {
    // A validator bug must not take the kiosk down with it.
    return [error('schema', 'structure', `validator failed unexpectedly: ${String(cause)}`)];
  }
}

/** True when no diagnostic is an error (warnings do not stop the content being shown). */
export function hasErrors(diagnostics: readonly ContentDiagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function schemaIssueToDiagnostic(issue: z.core.$ZodIssue): ContentDiagnostic {
  const path = ['structure', ...issue.path.map(String)].join('.');
  const isUnknownIllustration =
    issue.code === 'custom' && issue.params?.['diagnosticCode'] === UNKNOWN_ILLUSTRATION_PARAM;
  return error(isUnknownIllustration ? 'unknown-illustration' : 'schema', path, issue.message);
}

function checkStructure(content: ContentStructure): ContentDiagnostic[] {
  const diagnostics: ContentDiagnostic[] = [];
  const pages = content.topics.flatMap((topic) => topic.pages);

  diagnostics.push(
    ...duplicates(
      content.topics.map((t) => t.id),
      'structure.topics',
      'topic',
    ),
    ...duplicates(
      pages.map((p) => p.id),
      'structure.pages',
      'page',
    ),
    ...duplicates(
      content.questions.map((q) => q.id),
      'structure.questions',
      'question',
    ),
    ...duplicates(
      content.sources.map((s) => s.id),
      'structure.sources',
      'source',
    ),
    ...duplicates(content.keyMessages, 'structure.keyMessages', 'key message'),
    ...duplicates(content.suggestedQuestions, 'structure.suggestedQuestions', 'suggested question'),
    ...duplicates(content.guidedCheck, 'structure.guidedCheck', 'guided-check question'),
  );

  const sourceIds = new Set(content.sources.map((s) => s.id));
  const citedSources = new Set<string>();
  for (const topic of content.topics) {
    for (const page of topic.pages) {
      diagnostics.push(...checkPage(page, sourceIds));
      page.sources.forEach((id) => citedSources.add(id));
    }
    const last = topic.pages.at(-1);
    if (last && last.kind !== 'action') {
      diagnostics.push(
        error(
          'topic-without-action',
          `structure.topics.${topic.id}`,
          `topic "${topic.id}" must end with an 'action' page saying what the patient can do (last page is "${last.id}")`,
        ),
      );
    }
  }
  for (const source of content.sources) {
    if (!citedSources.has(source.id)) {
      diagnostics.push(
        warning('unused-source', `structure.sources.${source.id}`, `source "${source.id}" is not cited by any page`),
      );
    }
  }

  const questionIds = new Set(content.questions.map((q) => q.id));
  const askedQuestions = new Set<string>();
  const questionRefs = [
    ...content.topics.flatMap((topic) =>
      topic.questions.map((id) => ({ id, path: `structure.topics.${topic.id}.questions` })),
    ),
    ...content.guidedCheck.map((id) => ({ id, path: 'structure.guidedCheck' })),
  ];
  for (const ref of questionRefs) {
    askedQuestions.add(ref.id);
    if (!questionIds.has(ref.id)) {
      diagnostics.push(
        error('unknown-question', ref.path, `question "${ref.id}" is not defined in structure.questions`),
      );
    }
  }
  for (const question of content.questions) {
    const path = `structure.questions.${question.id}`;
    const correct = question.choices.filter((c) => c.correct).length;
    if (correct !== 1) {
      diagnostics.push(
        error(
          'correct-answer-count',
          path,
          `question "${question.id}" has ${correct} correct choices; it needs exactly one`,
        ),
      );
    }
    diagnostics.push(
      ...duplicates(
        question.choices.map((c) => c.id),
        `${path}.choices`,
        'choice',
      ),
    );
    if (!askedQuestions.has(question.id)) {
      diagnostics.push(
        warning('unused-question', path, `question "${question.id}" is never asked (no topic or guided check uses it)`),
      );
    }
  }

  const pageIds = new Set(pages.map((p) => p.id));
  for (const flag of content.reviewFlags) {
    if (!pageIds.has(flag.pageId)) {
      diagnostics.push(
        error('unknown-page', 'structure.reviewFlags', `review flag names unknown page "${flag.pageId}"`),
      );
    }
  }
  return diagnostics;
}

function checkPage(page: Page, sourceIds: ReadonlySet<string>): ContentDiagnostic[] {
  const diagnostics: ContentDiagnostic[] = [];
  const path = `structure.pages.${page.id}`;
  const count = (type: Page['blocks'][number]['type']): number => page.blocks.filter((b) => b.type === type).length;

  const headings = count('heading');
  if (headings !== 1) {
    diagnostics.push(
      error('page-without-heading', path, `page "${page.id}" has ${headings} headings; it needs exactly one`),
    );
  } else if (page.blocks[0]?.type !== 'heading') {
    diagnostics.push(warning('heading-not-first', path, `page "${page.id}" should start with its heading`));
  }
  if (count('text') < 1) {
    diagnostics.push(error('page-without-text', path, `page "${page.id}" has no text block`));
  }
  const illustrations = count('illustration');
  if (illustrations !== 1) {
    diagnostics.push(
      error(
        'page-illustration-count',
        path,
        `page "${page.id}" has ${illustrations} illustrations; it needs exactly one`,
      ),
    );
  }

  const blockIds = page.blocks.flatMap((b) => ('id' in b ? [b.id] : []));
  diagnostics.push(...duplicates(blockIds, `${path}.blocks`, 'block'));
  for (const block of page.blocks) {
    if (block.type === 'list') diagnostics.push(...duplicates(block.items, `${path}.${block.id}`, 'list item'));
  }
  diagnostics.push(...duplicates(page.sources, `${path}.sources`, 'source reference'));
  for (const sourceId of page.sources) {
    if (!sourceIds.has(sourceId)) {
      diagnostics.push(
        error('unknown-source', `${path}.sources`, `page "${page.id}" cites unknown source "${sourceId}"`),
      );
    }
  }
  return diagnostics;
}

function duplicates(ids: readonly string[], path: string, what: string): ContentDiagnostic[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const diagnostics: ContentDiagnostic[] = [];
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      diagnostics.push(error('duplicate-id', path, `${what} id "${id}" is used more than once`));
    }
    seen.add(id);
  }
  return diagnostics;
}

function checkStringsShape(strings: unknown): ContentDiagnostic[] {
  return isStringTree(strings)
    ? []
    : [error('strings-not-object', 'strings', 'the content strings must be a JSON object (the parsed content.json)')];
}

function checkStrings(content: ContentStructure, strings: unknown): ContentDiagnostic[] {
  const shape = checkStringsShape(strings);
  if (!isStringTree(strings)) return shape;

  const diagnostics: ContentDiagnostic[] = [];
  const required = requiredContentKeys(content);
  for (const key of required) {
    const value = valueAt(strings, key);
    const path = `strings.${key}`;
    if (value === undefined) {
      diagnostics.push(error('missing-string', path, `missing text for "${key}"`));
    } else if (typeof value !== 'string') {
      diagnostics.push(error('not-a-string', path, `"${key}" must be a string, not ${describe(value)}`));
    } else if (value.trim() === '') {
      diagnostics.push(error('empty-string', path, `text for "${key}" is empty`));
    } else {
      for (const placeholder of REQUIRED_PLACEHOLDERS[key] ?? []) {
        if (!value.includes(placeholder)) {
          diagnostics.push(error('missing-placeholder', path, `"${key}" must contain ${placeholder}`));
        }
      }
    }
  }
  diagnostics.push(...orphans(strings, new Set(required)));
  return diagnostics;
}

/** Strings nothing asks for: usually a renamed id or a typo in a translation. */
function orphans(strings: StringTree, required: ReadonlySet<string>): ContentDiagnostic[] {
  const diagnostics: ContentDiagnostic[] = [];
  const sections: readonly string[] = STRING_SECTIONS;
  for (const [section, value] of Object.entries(strings)) {
    if (!sections.includes(section)) {
      diagnostics.push(warning('unknown-section', `strings.${section}`, `"${section}" is not a known content section`));
      continue;
    }
    const keys = isStringTree(value) ? leafKeys(value, section) : [section];
    for (const key of keys) {
      if (!required.has(key)) {
        diagnostics.push(warning('orphan-string', `strings.${key}`, `"${key}" is not used by the content structure`));
      }
    }
  }
  return diagnostics;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a group of texts' : `a ${typeof value}`;
}
