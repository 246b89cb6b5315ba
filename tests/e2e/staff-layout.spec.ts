import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openKiosk } from './support/fixtures';
import { leaveStaff, pressStaffShortcut, seedStaffPin, unlockStaff } from './support/staff';

/** WCAG 2.x A/AA rules (target size included) on what is showing now. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
}

/** Nothing scrolls sideways, and every control is at least 64×64 CSS px. */
async function checkTouchLayout(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'sideways scroll in px').toBeLessThanOrEqual(0);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main button, main [role="switch"]')]
      .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent ?? '', box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 63.5 || box.height < 63.5))
      .map(({ name, box }) => `${name.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small, 'controls smaller than 64×64').toEqual([]);
}

test.describe('staff screens fit every kiosk screen', () => {
  test.describe.configure({ timeout: 180_000 });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1080, height: 1920 },
  ]) {
    test(`${viewport.width}×${viewport.height}: PIN pad and settings`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await seedStaffPin(page);
      await openKiosk(page);
      await unlockStaff(page);
      await checkTouchLayout(page);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Change: Clinic name on the welcome screen' }).click();
      await checkTouchLayout(page);
      await leaveStaff(page);
      await pressStaffShortcut(page);
      await checkTouchLayout(page);
      await expectNoAxeViolations(page);
    });
  }
});
