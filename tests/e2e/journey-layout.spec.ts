import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { JOURNEY_SCREENS, reachScreen } from './support/journey';
import { scrollsSideways, touchTargetProblems } from './support/targets';

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screens');

// Each test starts a fresh kiosk and taps through it; shared CI machines can be slow.
test.describe.configure({ timeout: 180_000 });

test.describe('every journey screen at 1920×1080: touch targets, text size, screenshot', () => {
  for (const screenId of JOURNEY_SCREENS) {
    test(`${screenId}`, async ({ page }, testInfo) => {
      await reachScreen(page, screenId);
      if (screenId === 'check') {
        // Measure with the feedback and its Continue button showing too.
        await page.getByRole('group', { name: 'Answers' }).getByRole('button').first().click();
        // The shortest route is a one-question topic, so its Continue button leads back to the menu.
        await expect(page.getByRole('button', { name: 'Back to the topics' })).toBeVisible();
      }
      expect(await touchTargetProblems(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      const bodySize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(28);

      const png = await page.screenshot();
      await testInfo.attach(`${screenId}.png`, { body: png, contentType: 'image/png' });
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${screenId}.png`) });
    });
  }
});

const OTHER_SIZES = [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'small', width: 1366, height: 768 },
] as const;

test.describe('other screen sizes: nothing scrolls sideways, targets stay large', () => {
  for (const size of OTHER_SIZES) {
    for (const screenId of ['topics', 'page', 'check', 'finish'] as const) {
      test(`${screenId} at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await reachScreen(page, screenId);
        expect(await touchTargetProblems(page)).toEqual([]);
        expect(await scrollsSideways(page)).toBe(false);
        await testInfo.attach(`${screenId}-${size.name}.png`, { body: await page.screenshot(), contentType: 'image/png' });
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${screenId}-${size.name}.png`) });
      });
    }
  }
});
