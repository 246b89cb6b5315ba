/**
 * axe (WCAG 2.0/2.1/2.2 A and AA rules, target size included) on every screen,
 * in English, Arabic (right to left), Simplified Chinese and the pseudo-locale,
 * in both themes and at the largest text size. Zero violations allowed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { tourScreens, type TextSizeName } from './support/a11yTour';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${where}: ${violation.id} (${violation.impact ?? 'n/a'}) ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`),
  );
}

interface Combination {
  code: string;
  highContrast: boolean;
  textSize: TextSizeName;
}

const COMBINATIONS: Combination[] = [];
for (const code of ['en', 'ar', 'zh-Hans', 'qps']) {
  COMBINATIONS.push({ code, highContrast: false, textSize: 'default' });
  COMBINATIONS.push({ code, highContrast: true, textSize: 'largest' });
}
COMBINATIONS.push({ code: 'en', highContrast: false, textSize: 'largest' });

test.use({ reducedMotion: 'reduce' });

for (const { code, highContrast, textSize } of COMBINATIONS) {
  const theme = highContrast ? 'high contrast' : 'default theme';
  test(`axe: every screen in ${code}, ${theme}, ${textSize} text`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.clock.install();
    const violations: string[] = [];
    const visited: string[] = [];
    await tourScreens(page, { code, highContrast, textSize, allPages: code === 'en' && !highContrast && textSize === 'default', idleWarning: true, staff: true }, async (where) => {
      visited.push(where);
      violations.push(...(await axeViolations(page, where)));
    });
    expect(visited).toEqual(expect.arrayContaining(['attract', 'language', 'topics', 'idle-warning', 'check', 'questions', 'finish', 'about', 'staff-pin', 'staff']));
    expect(violations).toEqual([]);
  });
}
