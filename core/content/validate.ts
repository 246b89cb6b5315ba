/**
 * Checks a content structure and one locale's strings against each other and
 * returns diagnostics for staff; it never throws, so the app can always show
 * what is wrong instead of a blank screen. Runs on any locale's content.json.
 */
import type { z } from 'zod';
import { REQUIRED_PLACEHOLDERS, requiredContentKeys } from './keys';
import { contentSchema, UNKNOWN_ILLUSTRATION_PARAM, type ContentStructure } from './schema';
import { checkStructure } from './validateStructure';
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
  | 'unknown-topic'
  | 'unknown-review-target'
  | 'misplaced-key-page'
  | 'topic-not-on-short-path'
  | 'repeated-illustration'
  | 'safety-net-not-flagged'
  | 'emergency-page'
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
