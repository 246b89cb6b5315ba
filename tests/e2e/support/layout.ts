/**
 * Layout at the three kiosk screen sizes: every control at least 64×64 with
 * 8 px between controls, no text wider than its box, nothing scrolling
 * sideways; at the default text size, body text of at least 28 px.
 */
import type { Page } from '@playwright/test';
import type { TextSizeName } from './a11yTour';
import { textProblems } from './languages';
import { scrollsSideways, touchTargetProblems } from './targets';

export const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1366, height: 768 },
];
/** Body text on a 1080-line landscape screen at the default size (28 px reads from a step away). */
const MIN_BODY_PX = 28;

/** Touch-target problems at each scroll position of <main>, half a screen apart, so every control is measured wholly in view. */
async function targetProblemsWhileScrolling(page: Page): Promise<string[]> {
  const found = new Set<string>();
  const stops = await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main || main.scrollHeight <= main.clientHeight + 1) return 1;
    return Math.ceil((main.scrollHeight - main.clientHeight) / (main.clientHeight / 2)) + 1;
  });
  for (let stop = 0; stop < stops; stop += 1) {
    await page.evaluate((index) => {
      const main = document.querySelector('main');
      if (main) main.scrollTop = Math.min(index * (main.clientHeight / 2), main.scrollHeight - main.clientHeight);
    }, stop);
    // The "More below" cue follows the scroll position on the next frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    for (const { control, problem } of await touchTargetProblems(page)) found.add(`"${control}" ${problem}`);
  }
  await page.evaluate(() => document.querySelector('main')?.scrollTo({ top: 0 }));
  return [...found];
}

/** Everything wrong with the current screen's layout at each size, labelled with `where`; ends in landscape. */
export async function layoutProblems(page: Page, where: string, textSize: TextSizeName): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const label = `${where} @${viewport.width}×${viewport.height}`;
    for (const problem of await targetProblemsWhileScrolling(page)) found.push(`${label}: ${problem}`);
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
