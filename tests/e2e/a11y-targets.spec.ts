/**
 * At every text size, on every patient screen, at 1920×1080, 1080×1920 and
 * 1366×768: every control stays at least 64×64 CSS px with 8 px between
 * controls, no text is wider than its box, and nothing scrolls sideways.
 * English at all four sizes; Arabic (right to left), Chinese and the
 * pseudo-locale (longest words) at the largest.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { tourScreens, type TextSizeName } from './support/a11yTour';
import { textProblems } from './support/languages';
import { scrollsSideways, touchTargetProblems } from './support/targets';

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1366, height: 768 },
];

test.use({ reducedMotion: 'reduce' });

async function layoutProblems(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const label = `${where} @${viewport.width}×${viewport.height}`;
    for (const { control, problem } of await touchTargetProblems(page)) found.push(`${label}: "${control}" ${problem}`);
    for (const overflow of (await textProblems(page)).overflowing) found.push(`${label}: text overflows ${overflow}`);
    if (await scrollsSideways(page)) found.push(`${label}: scrolls sideways`);
  }
  await page.setViewportSize(VIEWPORTS[0] ?? { width: 1920, height: 1080 });
  return found;
}

const RUNS: { code: string; textSize: TextSizeName }[] = [
  { code: 'en', textSize: 'default' },
  { code: 'en', textSize: 'large' },
  { code: 'en', textSize: 'larger' },
  { code: 'en', textSize: 'largest' },
  { code: 'ar', textSize: 'largest' },
  { code: 'zh-Hans', textSize: 'largest' },
  { code: 'qps', textSize: 'largest' },
];

for (const { code, textSize } of RUNS) {
  test(`targets ≥ 64 px, 8 px apart, no clipping or sideways scroll: ${code}, ${textSize} text`, async ({ page }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    await tourScreens(page, { code, textSize, highContrast: textSize === 'largest' }, async (where) => {
      problems.push(...(await layoutProblems(page, where)));
    });
    expect(problems).toEqual([]);
  });
}
