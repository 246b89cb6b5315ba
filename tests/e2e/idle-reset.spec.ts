import type { Locator, Page } from '@playwright/test';
import { test, expect, openKiosk } from './support/fixtures';
import {
  expectScreen,
  guidedToQuestions,
  pressGently,
  readToCheck,
  reachScreen,
  startInEnglish,
} from './support/journey';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';

// Time is Playwright's clock, installed before the page loads; nothing here waits it out.
const QUIET_MS = DEFAULT_SETTINGS.idle.quietSeconds * 1000;
const WARNING_MS = DEFAULT_SETTINGS.idle.warningSeconds * 1000;

const html = (page: Page) => page.locator('html');
const warning = (page: Page) => page.getByRole('alertdialog');
const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

/** Seconds shown in the countdown ("Starting again in 30 seconds"). */
async function countdownSeconds(dialog: Locator): Promise<number> {
  const text =
    (await dialog
      .getByText(/Starting again in \d+ seconds?/)
      .first()
      .textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? Number.NaN);
}

/**
 * Jumps past the quiet time, checks the warning, jumps past the countdown, checks
 * the kiosk is fresh. fastForward fires each due timer once, as after a busy
 * spell; the installed clock also flows in real time, so checks made close to a
 * deadline keep a margin of several seconds.
 */
async function goIdleUntilReset(page: Page, alreadyQuietMs = 0): Promise<void> {
  await page.clock.fastForward(QUIET_MS - alreadyQuietMs);
  const dialog = warning(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName('Are you still there?');
  await expect(button(page, "I'm still here")).toBeFocused();
  expect(await countdownSeconds(dialog)).toBeGreaterThanOrEqual(20);
  await page.clock.fastForward(WARNING_MS);
  await expectScreen(page, 'attract');
  await expect(html(page)).toHaveAttribute('lang', DEFAULT_SETTINGS.languages.default);
  await expect(dialog).toBeHidden();
}

// The journey walks are long and this machine may be busy: generous, not infinite.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

/** Attract → language picker → the language whose button name matches (not via openKiosk: the page is already open). */
async function walkIn(page: Page, language: RegExp = /^English/): Promise<void> {
  await pressGently(page, button(page, 'Touch to start'));
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: language }).click();
  await expectScreen(page, 'topics');
}

test.describe('idle reset', () => {
  test('the attract screen never warns', async ({ page }) => {
    await openKiosk(page);
    await page.clock.runFor(2 * (QUIET_MS + WARNING_MS));
    await expectScreen(page, 'attract');
    await expect(warning(page)).toHaveCount(0);
  });

  test('mid-topic: warns, then resets; walking in again starts on the first page', async ({ page }) => {
    await startInEnglish(page);
    await button(page, /^Start here/).click();
    await button(page, 'Next').click();
    await button(page, 'Next').click();
    await expect(page.getByText(/^Step 3 of \d+$/)).toBeVisible();
    await page.clock.fastForward(QUIET_MS - 15_000);
    await expect(warning(page)).toBeHidden();
    await goIdleUntilReset(page, QUIET_MS - 15_000);

    await walkIn(page);
    await button(page, /^Start here/).click();
    await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
    // The back stack went with the session: Back leaves the path for the menu, not for page 2.
    await button(page, 'Back').click();
    await expectScreen(page, 'topics');
  });

  test('mid-check with answers: the answers are gone after the reset', async ({ page }) => {
    await reachScreen(page, 'check');
    await page.getByRole('group', { name: 'Answers' }).getByRole('button').first().click();
    // An answered question shows the marks (✗ "Your answer" / ✓ "The right answer") instead of the choices.
    await expect(page.getByText(/^(Your answer|The right answer)$/).first()).toBeVisible();
    await goIdleUntilReset(page);

    await walkIn(page);
    await button(page, /^When to get help/).click();
    await readToCheck(page);
    await expect(page.getByRole('group', { name: 'Answers' }).getByRole('button')).not.toHaveCount(0);
    await expect(page.getByText(/^(Your answer|The right answer)$/)).toHaveCount(0);
  });

  test('questions chosen: the list is empty after the reset', async ({ page }) => {
    test.setTimeout(240_000);
    await startInEnglish(page);
    await guidedToQuestions(page);
    const toggles = page.getByRole('list').getByRole('button');
    await toggles.nth(0).click();
    await toggles.nth(1).click();
    await expect(page.getByText('2 questions on your list.')).toBeVisible();
    await goIdleUntilReset(page);

    await walkIn(page);
    await button(page, 'Questions to ask my doctor or nurse').click();
    await expectScreen(page, 'questions');
    await expect(page.getByText('No questions on your list yet.')).toBeVisible();
    await expect(page.getByRole('list').getByRole('button', { pressed: true })).toHaveCount(0);
  });

  test('another language: back to the default language', async ({ page }) => {
    await openKiosk(page);
    await walkIn(page, /^Español/);
    await expect(html(page)).toHaveAttribute('lang', 'es');
    await page.clock.fastForward(QUIET_MS);
    await expect(warning(page)).toBeVisible();
    await page.clock.fastForward(WARNING_MS);
    await expectScreen(page, 'attract');
    await expect(html(page)).toHaveAttribute('lang', 'en');
    await expect(html(page)).toHaveAttribute('dir', 'ltr');
    await expect(button(page, 'Touch to start')).toBeVisible();
  });

  test('tapping "I\'m still here" keeps the page, as often as needed', async ({ page }) => {
    await startInEnglish(page);
    await button(page, /^Start here/).click();
    await button(page, 'Next').click();
    for (let round = 0; round < 3; round++) {
      await page.clock.fastForward(QUIET_MS);
      await expect(warning(page)).toBeVisible();
      await page.clock.runFor(WARNING_MS - 15_000);
      await expect(warning(page)).toBeVisible();
      // A finger's tap: the warning closes on pointerdown, so Playwright's own hit-target check would object.
      await pressGently(page, button(page, "I'm still here"));
      await expect(warning(page)).toBeHidden();
      // The tap answered the warning only; it did not also press what lies underneath.
      await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
      await expectScreen(page, 'page');
    }
    // A full quiet time again before the next warning.
    await page.clock.fastForward(QUIET_MS - 15_000);
    await expect(warning(page)).toBeHidden();
  });

  test('any input during the countdown extends; the countdown is announced politely at 10 s', async ({ page }) => {
    await startInEnglish(page);
    await page.clock.fastForward(QUIET_MS);
    const dialog = warning(page);
    await expect(dialog).toBeVisible();
    await page.clock.runFor(WARNING_MS - 10_000);
    await expect(dialog.getByRole('status')).toHaveText('Starting again in 10 seconds');
    await page.mouse.wheel(0, 200);
    await expect(dialog).toBeHidden();
    await expectScreen(page, 'topics');

    await page.clock.fastForward(QUIET_MS);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog).toBeHidden();
    await page.clock.fastForward(WARNING_MS);
    await expectScreen(page, 'topics');
  });

  test('scrolls the page makes by itself are not activity: the warning comes on time and stays up', async ({
    page,
  }) => {
    await openKiosk(page);
    await pressGently(page, button(page, 'Touch to start'));
    // The largest text makes every screen taller than the window, the warning included.
    await button(page, 'Largest text').click();
    await page
      .getByRole('main')
      .getByRole('button', { name: /^English/ })
      .click();
    await expectScreen(page, 'topics');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await page.clock.runFor(QUIET_MS / 2);
    // No finger, key or wheel: the page scrolls itself (as a new page does when it returns to its top).
    await page.getByRole('main').evaluate((main) => main.scrollTo({ top: 400 }));
    await page.clock.runFor(QUIET_MS / 2);
    const dialog = warning(page);
    await expect(dialog).toBeVisible();
    await page.clock.runFor(5_000);
    await expect(dialog).toBeVisible();
    await page.clock.runFor(WARNING_MS);
    await expectScreen(page, 'attract');
  });

  test('the finish screen with its QR code survives 60 s of quiet, then its longer pause, and warns before it resets', async ({
    page,
  }) => {
    await reachScreen(page, 'finish');
    const pause = DEFAULT_SETTINGS.idle.finishQuietSeconds * 1000;
    await page.clock.runFor(60_000);
    await expectScreen(page, 'finish');
    await expect(warning(page)).toHaveCount(0);
    await page.clock.runFor(pause - 60_000 - 5_000);
    await expect(warning(page)).toHaveCount(0);
    await page.clock.runFor(5_000);
    await expect(warning(page)).toBeVisible();
    await expectScreen(page, 'finish');
    await page.clock.runFor(WARNING_MS);
    await expectScreen(page, 'attract');
  });
});
