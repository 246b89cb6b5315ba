/**
 * Every screen and dialog, walked once per language × theme × text size, and
 * checked at each stop in two ways:
 * - axe-core with the WCAG 2.0/2.1/2.2 A and AA tags (2.2 switches on the
 *   target-size rule): zero violations, in both themes at every text size;
 * - layout, at 1920×1080, 1080×1920 and 1366×768: every control at least 64×64
 *   CSS px with 8 px between controls, no text wider than its box, nothing
 *   scrolling sideways, and body text at least 28 px on a 1080-line screen.
 * English runs at all four sizes in both themes; Arabic (right to left),
 * Simplified Chinese and the pseudo-locale (longest words) at the default and
 * the largest size in both themes.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { TEXT_SIZE_NAMES, tourScreens, type TextSizeName, type TourOptions } from './support/a11yTour';
import { textProblems } from './support/languages';
import { scrollsSideways, touchTargetProblems } from './support/targets';

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1366, height: 768 },
];
/** Body text on a 1080-line landscape screen at the default size (28 px reads from a step away). */
const MIN_BODY_PX = 28;

async function layoutProblems(page: Page, where: string, textSize: TextSizeName): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const label = `${where} @${viewport.width}×${viewport.height}`;
    for (const { control, problem } of await touchTargetProblems(page)) found.push(`${label}: "${control}" ${problem}`);
    for (const overflow of (await textProblems(page)).overflowing) found.push(`${label}: text overflows ${overflow}`);
    if (await scrollsSideways(page)) found.push(`${label}: scrolls sideways`);
  }
  await page.setViewportSize(VIEWPORTS[0] ?? { width: 1920, height: 1080 });
  if (textSize === 'default') {
    const bodyPx = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    if (bodyPx < MIN_BODY_PX) found.push(`${where}: body text ${bodyPx} px, below ${MIN_BODY_PX}`);
  }
  return found;
}

interface Tour extends TourOptions {
  /** Also measure the layout at three screen sizes (once per size is enough: the theme does not move anything). */
  layout: boolean;
}

const TOURS: Tour[] = [
  ...TEXT_SIZE_NAMES.flatMap((textSize) =>
    [false, true].map((highContrast) => ({ code: 'en', textSize, highContrast, layout: !highContrast, allPages: textSize === 'default' && !highContrast })),
  ),
  ...['ar', 'zh-Hans', 'qps'].flatMap((code) =>
    (['default', 'largest'] as const).flatMap((textSize) =>
      [false, true].map((highContrast) => ({
        code,
        textSize,
        highContrast,
        layout: textSize === 'largest' && highContrast,
        // The longest words at the largest size: the hardest test of every page's layout.
        allPages: code === 'qps' && textSize === 'largest' && highContrast,
      })),
    ),
  ),
];

test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

for (const tour of TOURS) {
  const checks = tour.layout ? 'axe and layout' : 'axe';
  const theme = tour.highContrast ? 'high contrast' : 'default theme';
  test(`${checks}: every screen in ${tour.code}, ${theme}, ${tour.textSize} text`, async ({ page }) => {
    test.setTimeout(tour.allPages ? 240_000 : 120_000);
    const violations: string[] = [];
    const layout: string[] = [];
    const visited: string[] = [];
    await tourScreens(page, tour, async (where) => {
      visited.push(where);
      violations.push(...(await axeViolations(page, where)));
      if (tour.layout) layout.push(...(await layoutProblems(page, where, tour.textSize)));
    });
    expect(visited).toEqual(
      expect.arrayContaining(['attract', 'language picker', 'topics', 'language dialog', 'idle warning', 'check', 'check, answered', 'questions, one chosen', 'finish', 'about', 'staff PIN pad', 'staff settings']),
    );
    if (tour.textSize === 'largest') expect(visited).toContain('display dialog');
    expect.soft(violations, 'axe WCAG 2.2 A/AA violations').toEqual([]);
    expect(layout, 'targets under 64×64 or closer than 8 px, overflowing text, sideways scrolling').toEqual([]);
  });
}
