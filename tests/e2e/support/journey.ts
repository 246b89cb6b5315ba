/**
 * Moving through the patient journey the way a patient does: by the buttons'
 * accessible names, waiting on `<html data-screen>` instead of sleeping.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openKiosk } from './fixtures';

export const screen = (page: Page) => page.locator('html');

export async function expectScreen(page: Page, id: string): Promise<void> {
  await expect(screen(page)).toHaveAttribute('data-screen', id);
}

/**
 * Presses the centre of a control that never stands still (the attract button
 * breathes, so Playwright's "stable" check would wait for ever), as a finger would.
 */
export async function pressGently(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  if (!box) throw new Error('control is not laid out');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Taps the middle of the attract screen, as a patient does (the whole screen is one button). */
export async function tapAttract(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
  const size = page.viewportSize() ?? { width: 1920, height: 1080 };
  await page.mouse.click(size.width / 2, size.height / 2);
}

/** The progress line of the page on screen, as numbers ("Step 3 of 11"). */
export async function pageProgress(page: Page): Promise<{ step: number; total: number; text: string }> {
  const text = (await page.getByText(/^Step \d+ of \d+$/).textContent()) ?? '';
  const [, step, total] = /Step (\d+) of (\d+)/.exec(text) ?? [];
  return { step: Number(step), total: Number(total), text };
}

/** Attract → language picker → English → topic menu. */
export async function startInEnglish(page: Page): Promise<void> {
  await openKiosk(page);
  await tapAttract(page);
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: /^English/ }).click();
  await expectScreen(page, 'topics');
}

/** Taps Next until the page path ends and the check opens; returns the progress texts seen on the way. */
export async function readToCheck(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    const { step, total, text } = await pageProgress(page);
    seen.push(text);
    if (step === total) {
      await page.getByRole('button', { name: 'Check what you learned' }).click();
      await expectScreen(page, 'check');
      return seen;
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByText(/^Step \d+ of \d+$/)).not.toHaveText(text);
  }
}

/** Answers every question of the check with its first choice, then taps the final button. */
export async function answerAll(page: Page, finalButton: string): Promise<number> {
  let answered = 0;
  for (;;) {
    await page.getByRole('group', { name: 'Answers' }).getByRole('button').first().click();
    answered += 1;
    const next = page.getByRole('button', { name: 'Next question' });
    const final = page.getByRole('button', { name: finalButton });
    await expect(next.or(final)).toBeVisible();
    if (await final.isVisible()) {
      await final.click();
      return answered;
    }
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title ?? '');
  }
}

/** From the menu, the whole guided path and its check, ending on the question list. */
export async function guidedToQuestions(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Start here/ }).click();
  await expectScreen(page, 'page');
  await readToCheck(page);
  await answerAll(page, 'Make my question list');
  await expectScreen(page, 'questions');
}

/** A real touch drag through the Chrome DevTools protocol: pointer events of type "touch", as a finger makes. */
export async function swipe(page: Page, from: { x: number; y: number }, dx: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  const steps = 8;
  for (let i = 1; i <= steps; i += 1) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: from.x + (dx * i) / steps, y: from.y + i }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Every patient screen this journey draws, in the order a patient meets them. */
export const JOURNEY_SCREENS = [
  'attract',
  'language',
  'topics',
  'page',
  'check',
  'questions',
  'finish',
  'about',
] as const;
export type JourneyScreen = (typeof JOURNEY_SCREENS)[number];

/** Reaches a screen by the shortest touch route from a fresh kiosk. */
export async function reachScreen(page: Page, target: JourneyScreen): Promise<void> {
  if (target === 'attract') {
    await openKiosk(page);
    return;
  }
  if (target === 'language') {
    await openKiosk(page);
    await tapAttract(page);
    await expectScreen(page, 'language');
    return;
  }
  await startInEnglish(page);
  switch (target) {
    case 'topics':
      return;
    case 'page':
      await page.getByRole('button', { name: /^Start here/ }).click();
      break;
    case 'check':
      await page.getByRole('button', { name: /^When to get help/ }).click();
      await readToCheck(page);
      break;
    case 'questions':
      await page.getByRole('button', { name: 'Questions to ask my doctor or nurse' }).click();
      break;
    case 'finish':
      await page.getByRole('button', { name: 'Questions to ask my doctor or nurse' }).click();
      await page.getByRole('button', { name: 'Should I have my B12 checked?' }).click();
      await page.getByRole('button', { name: 'Could any of my medicines lower my B12?' }).click();
      await page.getByRole('button', { name: 'See my list' }).click();
      await expect(page.getByRole('img', { name: 'QR code with your list of questions' })).toBeVisible();
      break;
    case 'about':
      await page.getByRole('button', { name: 'About this information' }).click();
      break;
  }
  await expectScreen(page, target);
}
