import { expect, test } from './support/fixtures';
import { expectScreen, reachScreen, type JourneyScreen } from './support/journey';

/** Where Back leads from each screen when reached by the shortest route (see reachScreen). */
const BACK_LEADS_TO: Partial<Record<JourneyScreen, JourneyScreen>> = {
  language: 'attract',
  topics: 'language',
  page: 'topics',
  check: 'page',
  questions: 'topics',
  finish: 'questions',
  about: 'topics',
};

// Each test starts a fresh kiosk and taps through it; shared CI machines can be slow.
test.describe.configure({ timeout: 180_000 });

test.describe('Back and Home are on every patient screen and do what they say', () => {
  for (const [from, to] of Object.entries(BACK_LEADS_TO) as [JourneyScreen, JourneyScreen][]) {
    test(`Back from ${from} goes to ${to}`, async ({ page }) => {
      await reachScreen(page, from);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await expectScreen(page, to);
    });

    test(`Home from ${from} goes to the topic menu`, async ({ page }) => {
      await reachScreen(page, from);
      await page.getByRole('button', { name: 'Home', exact: true }).click();
      await expectScreen(page, 'topics');
      await expect(page.getByRole('heading', { level: 1, name: 'What would you like to learn about?' })).toBeVisible();
    });
  }

  test('Back on a later page returns to the page before it, then to the menu', async ({ page }) => {
    await reachScreen(page, 'page');
    const title = page.getByRole('heading', { level: 1 });
    const first = await title.textContent();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(title).not.toHaveText(first ?? '');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(title).toHaveText(first ?? '');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectScreen(page, 'topics');
  });

  test('a screen taller than the window starts at its top, and pages never scroll (they split)', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await reachScreen(page, 'topics');
    const main = page.getByRole('main');
    await main.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => main.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Start here/ }).click();
    await expectScreen(page, 'page');
    expect(await main.evaluate((element) => getComputedStyle(element).overflowY)).toBe('hidden');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectScreen(page, 'topics');
    await expect.poll(() => main.evaluate((element) => element.scrollTop)).toBe(0);
  });
});
