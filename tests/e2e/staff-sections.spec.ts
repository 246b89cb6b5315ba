/**
 * Staff mode as a busy receptionist meets it: its own language, every section one tap
 * away on landscape and portrait screens, what each save changed (with an undo), and the
 * language list at a glance (provenance a tap away, reordering that keeps the focus,
 * a preview of what patients see).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { leaveStaff, openSection, unlockStaff } from './support/staff';
import { uiLabel } from './support/languages';

const SECTIONS = ['Languages', 'Timing', 'Display and sound', 'Take-home', 'Usage', 'PIN and app'];
const HEADINGS = [
  'Languages',
  'Quiet time',
  'Screen and reading',
  'Take-home',
  'Usage counts',
  'Staff screen language',
];

/** The page itself never scrolls: the header and tabs stay put and a long section scrolls inside its panel. */
async function pageScrollsBy(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
}

test.describe('staff mode a receptionist can use in a minute', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the staff screens stay in English when the patients’ default becomes Spanish; staff can choose Arabic', async ({
    staff: page,
  }) => {
    await page.getByRole('button', { name: 'Make default: Spanish' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved: Spanish is now the patients' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Staff settings' })).toBeVisible();
    await leaveStaff(page);
    // Patients get their default…
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // …and staff mode opens in the staff language again, the PIN pad included.
    await unlockStaff(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: /Staff screen language/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: 'إعدادات الموظفين' })).toBeVisible();
    // What changed is said in the new staff language, all of it.
    const changed = page.getByRole('status').filter({ hasText: uiLabel('ar', 'staff.staffLanguage.label') });
    await expect(changed).toContainText('العربية');
    await expect(page.getByRole('status').filter({ hasText: 'Staff screen language' })).toHaveCount(0);
    await page.getByRole('button', { name: 'الخروج من وضع الموظفين' }).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1080, height: 1920 },
    { width: 1366, height: 768 },
  ]) {
    test(`${viewport.width}×${viewport.height}: every section is one tap away and fits or scrolls inside itself`, async ({
      staff: page,
    }) => {
      await page.setViewportSize(viewport);
      await expect(page.getByRole('tab')).toHaveCount(SECTIONS.length);
      for (const [index, name] of SECTIONS.entries()) {
        await page.getByRole('tab', { name, exact: true }).click();
        const panel = page.getByRole('tabpanel');
        await expect(panel.getByRole('heading', { name: HEADINGS[index], exact: true }).first()).toBeInViewport();
        // The section bar is still there for the next tap.
        for (const tab of SECTIONS) await expect(page.getByRole('tab', { name: tab, exact: true })).toBeInViewport();
        expect(await pageScrollsBy(page), `${name}: the page scrolls instead of the section`).toBeLessThanOrEqual(0);
      }
      // A long section scrolls inside its panel, and the tabs do not move.
      await openSection(page, 'Languages');
      const panel = page.getByRole('tabpanel');
      const tabTop = await page
        .getByRole('tab', { name: 'Languages' })
        .evaluate((el) => el.getBoundingClientRect().top);
      await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(page.getByRole('switch', { name: 'Offer Somali' })).toBeInViewport();
      expect(await page.getByRole('tab', { name: 'Languages' }).evaluate((el) => el.getBoundingClientRect().top)).toBe(
        tabTop,
      );
    });
  }

  test('each save says what changed, and Undo puts the last change back', async ({ staff: page }) => {
    await expect(page.getByText('Each change is saved as soon as you touch it.')).toBeVisible();
    await openSection(page, 'Display and sound');
    await page.getByRole('button', { name: 'Larger', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved: Default text size: Larger' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Larger', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Undone: Default text size: Larger' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Normal', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    // The undo is saved like any change: it survives leaving staff mode.
    await leaveStaff(page);
    await unlockStaff(page);
    await openSection(page, 'Display and sound');
    await expect(page.getByRole('button', { name: 'Normal', exact: true })).toHaveAttribute('aria-pressed', 'true');
    // The next person in staff mode cannot undo someone else's change.
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  });

  test('languages at a glance: one label per button, provenance one tap away, focus stays on the moved row', async ({
    staff: page,
  }) => {
    await expect(page.getByRole('button', { name: 'Make default: Korean' })).toHaveText('Make default');
    const status = page.getByRole('button', { name: 'Draft: translation details for Korean' });
    await expect(status).toHaveText('Draft');
    await expect(status).toHaveAttribute('aria-expanded', 'false');
    await status.click();
    await expect(status).toHaveAttribute('aria-expanded', 'true');
    const details = page.locator(`#${await status.getAttribute('aria-controls')}`);
    await expect(details).toContainText('Translated by');
    await expect(details).toContainText('Not reviewed yet by a qualified medical translator.');

    const up = page.getByRole('button', { name: 'Move Korean up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Korean moved to place 6 of 16' })).toBeVisible();
    await expect(up).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Korean moved to place 5 of 16' })).toBeVisible();
    await expect(up).toBeFocused();
    // At the top, ↑ is disabled: the focus moves to the same row's ↓.
    for (let place = 4; place >= 1; place -= 1) {
      await up.click();
      await expect(page.getByRole('status').filter({ hasText: `Korean moved to place ${place} of 16` })).toBeVisible();
    }
    await expect(up).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Move Korean down' })).toBeFocused();
  });

  test('tapping a language shows its welcome screen and first page as patients will see them', async ({
    staff: page,
  }) => {
    await page.getByRole('button', { name: 'Preview Arabic' }).click();
    const dialog = page.getByRole('dialog', { name: 'Arabic: what patients see' });
    await expect(dialog).toBeVisible();
    const screens = dialog.locator('.staff-preview__screen');
    await expect(screens).toHaveCount(2);
    for (const screen of await screens.all()) {
      await expect(screen).toHaveAttribute('lang', 'ar');
      await expect(screen).toHaveAttribute('dir', 'rtl');
    }
    await expect(screens.first().locator('h1')).toHaveText('B12 وأعصابك');
    await expect(screens.first().locator('h1')).toBeInViewport();
    await expect(screens.nth(1).locator('h1')).toBeInViewport();
    await expect(dialog.getByText('Welcome screen')).toBeVisible();
    await expect(dialog.getByText('First page')).toBeVisible();
    // The preview never changes the staff screen's language.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  });
});
