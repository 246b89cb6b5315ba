import { expect, openKiosk, test } from './support/fixtures';
import { expectScreen, swipe, tapAttract } from './support/journey';
import { scrollsSideways, touchTargetProblems } from './support/targets';

test.use({ hasTouch: true });
test.describe.configure({ timeout: 180_000 });

test('right-to-left (Arabic): pages lay out without sideways scrolling, and swiping is mirrored', async ({ page }) => {
  await openKiosk(page);
  await tapAttract(page);
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: /Arabic/ }).click();
  await expectScreen(page, 'topics');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // "Start here" is the first button of the menu, whatever the language.
  await page.getByRole('main').getByRole('button').first().click();
  await expectScreen(page, 'page');
  expect(await scrollsSideways(page)).toBe(false);
  expect(await touchTargetProblems(page)).toEqual([]);

  const title = page.getByRole('heading', { level: 1 });
  const first = (await title.textContent()) ?? '';
  const box = await page.locator('article').boundingBox();
  if (!box) throw new Error('page body not laid out');
  const from = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };

  // In right-to-left reading the next page comes in from the left: drag towards the right.
  await swipe(page, from, 300);
  await expect(title).not.toHaveText(first);
  await swipe(page, from, -300);
  await expect(title).toHaveText(first);
});
