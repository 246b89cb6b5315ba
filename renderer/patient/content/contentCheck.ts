/**
 * The start-up content check: validates the content against each language's
 * words as it loads, logs problems for the technician, and keeps them for the
 * staff screens. Patients are never shown a diagnostic: broken pages are
 * skipped and missing words fall back to English (i18next's fallbackLng).
 */
import { CONTENT, hasErrors, validateContent, type ContentDiagnostic } from '../../../core/content';
import { englishResources } from '../../platform/i18n/resources';
import { useContentDiagnostics } from './contentDiagnostics';
import { incompletePageIds } from './contentHealth';
import { createLogger } from '../../../core/log/logger';

const log = createLogger('content');

const unusable: ReadonlySet<string> = new Set(incompletePageIds(CONTENT, englishResources.content));

/** Whether the journey may show this page (its English words are all present). */
export function isUsablePage(pageId: string): boolean {
  return !unusable.has(pageId);
}

/** Validates one language's content strings and records the result; returns the diagnostics. */
export function checkContent(language: string, strings: unknown): readonly ContentDiagnostic[] {
  const diagnostics = validateContent(CONTENT, strings);
  const store = useContentDiagnostics.getState();
  store.record(language, diagnostics);
  store.setSkippedPages([...unusable]);
  if (hasErrors(diagnostics) || unusable.size > 0) {
    const first = diagnostics.slice(0, 5).map((d) => `${d.severity} ${d.code} ${d.path}: ${d.message}`);
    log.error(
      `${language}: ${diagnostics.length} problem(s); pages skipped: ${[...unusable].join(', ') || 'none'}` +
        (first.length > 0 ? `; first: ${first.join(' | ')}` : ''),
    );
  }
  return diagnostics;
}
