import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA; axe runs the 2.2 rules (target size) only when asked. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 1.4.6 Contrast (Enhanced, AAA), what the high-contrast theme promises: 7:1 for text (4.5:1 for large text, which at 28 px is most of it). */
export const ENHANCED_CONTRAST = { rules: ['color-contrast-enhanced'] };

/**
 * What axe finds wrong on the page as it is now, one line per element, labelled
 * with `where`. The kiosk is one page that never navigates, so axe-core is
 * loaded into it once: later scans hand AxeBuilder a no-op in place of its
 * 500 kB source, which it would otherwise evaluate twice a scan (measured: a
 * scan takes 135 ms instead of 330 ms).
 */
export async function axeViolations(
  page: Page,
  where: string,
  only: { rules: string[] } | { tags: string[] } = { tags: WCAG_TAGS },
): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Legacy mode runs axe in this page only: the kiosk has no frames, and the
  // default mode opens a blank page of its own to merge frame results.
  const builder = new AxeBuilder(loaded ? { page, axeSource: 'void 0' } : { page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  const results = await ('rules' in only ? builder.withRules(only.rules) : builder.withTags(only.tags)).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: ${violation.id} (${violation.impact ?? 'n/a'}) ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`,
    ),
  );
}
