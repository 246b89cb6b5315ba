/**
 * The whole journey by keypad alone (Tab, Shift+Tab, arrows, Enter, Space,
 * Escape): no mouse, no touch. Focus lands on each new screen's heading, the
 * order is logical, and dialogs keep focus inside and give it back.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openKiosk, test } from './support/fixtures';
import { computedColour, focusRing } from './support/focusRing';
import { expectScreen } from './support/journey';

test.use({ reducedMotion: 'reduce' });

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keypad user steps through controls. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if ((await target.count()) === 1 && (await isFocused(target))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

async function expectHeadingFocused(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });

test('attract to finish with the keypad alone', async ({ page }) => {
  test.setTimeout(240_000);
  await openKiosk(page);
  await tabTo(page, button(page, 'Touch to start'));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'language');
  await expectHeadingFocused(page);

  // Into the list, then arrows move between languages.
  await tabTo(page, page.getByRole('main').getByRole('button').first());
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('main').getByRole('button').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await tabTo(page, page.getByRole('main').getByRole('button', { name: /^English/ }));
  await page.keyboard.press('Space');
  await expectScreen(page, 'topics');
  await expectHeadingFocused(page);

  // The language dialog: Escape closes it and focus returns to its button.
  const languageButton = button(page, /^Language/);
  await tabTo(page, languageButton, { backwards: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('dialog') !== null),
      'focus stays in the dialog',
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(languageButton).toBeFocused();

  await tabTo(page, button(page, /^Start here/));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'page');

  // Every page: heading first, then Next (after the page's words), Enter.
  const progress = page.locator('.patient-frame__eyebrow .progress__text');
  for (let guard = 0; guard < 40; guard += 1) {
    await expectHeadingFocused(page);
    const next = button(page, 'Next');
    if ((await next.count()) === 0) break;
    const shown = (await progress.textContent()) ?? '';
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await expect(progress).not.toHaveText(shown);
  }
  await tabTo(page, button(page, 'Check what you learned'));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'check');

  // Each question: Tab into the answers, an arrow to the second, Space to choose, then on.
  for (let guard = 0; guard < 20; guard += 1) {
    await expectHeadingFocused(page);
    const answers = page.getByRole('group', { name: 'Answers' }).getByRole('button');
    await tabTo(page, answers.first());
    await page.keyboard.press('ArrowDown');
    await expect(answers.nth(1)).toBeFocused();
    await page.keyboard.press('Space');
    // The answers give way to the marks and the explanation, which takes the focus (read out, and Tab goes on from it).
    await expect(page.locator('.check__mark[data-chosen="true"]')).toBeVisible();
    await expect(page.locator('.check__feedback-box')).toBeFocused();
    const final = button(page, /^Make my question list/);
    if ((await final.count()) > 0) {
      await tabTo(page, final);
      await page.keyboard.press('Enter');
      break;
    }
    await tabTo(page, button(page, /^Next question/));
    await page.keyboard.press('Enter');
  }
  await expectScreen(page, 'questions');
  await expectHeadingFocused(page);

  const question = page.getByRole('main').getByRole('button', { pressed: false }).first();
  const questionText = (await question.innerText()).trim();
  await tabTo(page, question);
  await page.keyboard.press('Space');
  await tabTo(page, button(page, /^See my list/));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'finish');
  await expectHeadingFocused(page);
  await expect(page.getByRole('listitem').filter({ hasText: questionText })).toBeVisible();

  // Back up the order with Shift+Tab to the toolbar; Start again from the keypad.
  await tabTo(page, button(page, 'Start again'));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'attract');
});

test('text size and contrast by keypad; at the largest size the Display dialog traps focus and gives it back', async ({
  page,
}) => {
  await openKiosk(page);
  await tabTo(page, button(page, 'Touch to start'));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'language');

  await tabTo(page, button(page, 'Normal text'), { backwards: true });
  await page.keyboard.press('ArrowRight');
  await expect(button(page, 'Large text')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(button(page, 'Large text')).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, button(page, 'High contrast'));
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');

  await tabTo(page, button(page, 'Largest text'), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  const display = button(page, /^Display/);
  await expect(display).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Text size and contrast' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('dialog') !== null),
      'focus stays in the dialog',
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(display).toBeFocused();

  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: 'Normal text' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'default');
  await expect(button(page, 'Normal text')).toBeFocused();
});

test('a screen taller than the window is a Tab stop that the arrow keys scroll; every focus ring is thick', async ({
  page,
}) => {
  await openKiosk(page);
  await tabTo(page, button(page, 'Touch to start'));
  await page.keyboard.press('Enter');
  await tabTo(page, button(page, 'Largest text'), { backwards: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('main').getByRole('button', { name: /^English/ }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'topics');

  // The focus ring: at least 6 px, solid, in the ring colour, on a control reached by Tab.
  const start = button(page, /^Start here/);
  await tabTo(page, start);
  const ring = await focusRing(page);
  expect(ring.width).toBeGreaterThanOrEqual(6);
  expect(ring.style).toBe('solid');
  expect(ring.colour).toBe(await computedColour(page, 'var(--focus-ring)'));

  // At the largest size the menu is taller than the window: the keypad can still reach its end.
  const main = page.getByRole('main');
  const sizes = await main.evaluate((element) => ({ scroll: element.scrollHeight, client: element.clientHeight }));
  expect(sizes.scroll, 'the menu needs scrolling at the largest size').toBeGreaterThan(sizes.client);
  await tabTo(page, main, { backwards: true });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  await expect.poll(() => main.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
});
