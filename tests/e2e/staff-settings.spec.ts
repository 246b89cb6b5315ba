import type { Page } from '@playwright/test';
import { test, expect, openKiosk } from './support/fixtures';
import { expectScreen, leaveStaff, pickerLanguages, seedStaffPin, unlockStaff } from './support/staff';

/** The languages the attract screen invites in ("Touch to start" in each, all at once). */
async function attractCycleLanguages(page: Page): Promise<Set<string>> {
  const phrases = page.getByTestId('touch-to-start-phrases');
  await expect(phrases).toBeAttached();
  const langs = await phrases
    .getByRole('listitem', { includeHidden: true })
    .evaluateAll((items) => items.map((item) => item.getAttribute('lang') ?? ''));
  return new Set(langs);
}

test.describe('staff settings take effect', () => {
  // Each test hashes a PIN (PBKDF2, 310,000 rounds) several times; give slow CI machines room.
  test.describe.configure({ timeout: 180_000 });

  test('turning a language off removes it from the picker', async ({ staff: page }) => {
    const spanish = page.getByRole('switch', { name: 'Offer Spanish' });
    await expect(spanish).toHaveAttribute('aria-checked', 'true');
    await spanish.click();
    await expect(spanish).toHaveAttribute('aria-checked', 'false');
    await leaveStaff(page);
    const names = await pickerLanguages(page);
    expect(names.some((name) => name.includes('Spanish'))).toBe(false);
    expect(names.some((name) => name.includes('Korean'))).toBe(true);
  });

  test('turning a language off removes it from the attract screen', async ({ page }) => {
    await seedStaffPin(page);
    await openKiosk(page);
    await unlockStaff(page);
    await leaveStaff(page);
    expect(await attractCycleLanguages(page)).toContain('ko');
    await unlockStaff(page);
    await page.getByRole('switch', { name: 'Offer Korean' }).click();
    await expect(page.getByRole('switch', { name: 'Offer Korean' })).toHaveAttribute('aria-checked', 'false');
    await leaveStaff(page);
    const after = await attractCycleLanguages(page);
    expect(after).not.toContain('ko');
    expect(after.size).toBeGreaterThan(1);
  });

  test('the default language cannot be switched off, and the last language on stays on', async ({ staff: page }) => {
    const english = page.getByRole('switch', { name: 'Offer English' });
    await expect(english).toBeDisabled();
    await expect(page.getByText('The default language cannot be switched off.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Make English the default' })).toBeDisabled();
  });

  test('order and default language take effect', async ({ staff: page }) => {
    // Korean to the top of the list (it starts 7th).
    for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: 'Move Korean up' }).click();
    await expect(page.getByRole('button', { name: 'Move Korean up' })).toBeDisabled();
    await page.getByRole('button', { name: 'Make Spanish the default' }).click();
    await expect(page.getByRole('switch', { name: 'Offer Spanish' })).toBeDisabled();
    await leaveStaff(page);
    // Leaving staff mode starts a fresh session in the default language.
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const names = await pickerLanguages(page, 'Toque para empezar');
    expect(names[0]).toContain('한국어');
  });

  test('"reviewed translations only" hides draft languages; the draft default stays, with a warning', async ({
    staff: page,
  }) => {
    const reviewedOnly = page.getByRole('switch', { name: 'Offer reviewed translations only' });
    await reviewedOnly.click();
    await expect(reviewedOnly).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByText(/The default language English is not reviewed yet\. It stays on/)).toBeVisible();
    await expect(page.getByText('Hidden: draft, and only reviewed translations are offered.').first()).toBeVisible();
    await leaveStaff(page);
    // Every translation is still a draft, so only English is left: the picker is skipped.
    await page.getByRole('button', { name: 'Touch to start' }).dispatchEvent('click');
    await expectScreen(page, 'topics');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('settings survive a reload; the clinic name shows on the attract screen', async ({ staff: page }) => {
    await page.getByRole('switch', { name: 'Offer French' }).click();
    await page.getByRole('button', { name: 'More: Start again after this long with no touch' }).click();
    await expect(page.getByText('105 seconds')).toBeVisible();
    await page.getByRole('button', { name: 'Change: Clinic name on the welcome screen' }).click();
    const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
    for (const key of ['E', 'a', 's', 't']) await keyboard.getByRole('button', { name: key, exact: true }).click();
    await keyboard.getByRole('button', { name: 'Space' }).click();
    for (const key of ['C', 'l', 'i', 'n', 'i', 'c']) {
      if (key === 'C') await keyboard.getByRole('button', { name: 'Capitals' }).click();
      await keyboard.getByRole('button', { name: key, exact: true }).click();
    }
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('East Clinic')).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByText('East Clinic')).toBeVisible();
    await unlockStaff(page);
    await expect(page.getByRole('switch', { name: 'Offer French' })).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByText('105 seconds')).toBeVisible();
  });

  test('usage counts show, and export downloads a CSV in the browser', async ({ staff: page }) => {
    await expect(page.getByRole('rowheader', { name: 'Sessions started' })).toBeVisible();
    await page.getByRole('button', { name: 'Last 30 days' }).click();
    await expect(page.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    await expect(page.getByText('The CSV file has been downloaded.')).toBeVisible();
    // Quitting kiosk mode only exists in Electron.
    await expect(page.getByRole('button', { name: 'Quit kiosk mode' })).toHaveCount(0);
  });
});
