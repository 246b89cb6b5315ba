import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectScreen, leaveStaff, openSection, openStaffFirstRun, unlockStaff } from './support/staff';

/** Opens the clinic name's editor and chooses a keyboard by its own name ("Русский"). */
async function editClinicName(page: Page, keyboardName: string): Promise<Locator> {
  await openSection(page, 'Display and sound');
  await page.getByRole('button', { name: 'Change: Clinic name on the welcome screen' }).click();
  await page.getByRole('group', { name: 'Keyboard', exact: true }).getByRole('button', { name: keyboardName }).click();
  return page.getByRole('group', { name: 'On-screen keyboard' });
}

/** Touches keys by their names, one after another, as a receptionist would. */
async function touch(keyboard: Locator, keys: readonly string[]): Promise<void> {
  for (const key of keys) await keyboard.getByRole('button', { name: key, exact: true }).click();
}

async function saveAndSeeOnAttract(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('textbox', { name: 'Clinic name on the welcome screen' })).toHaveValue(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await leaveStaff(page);
  await expectScreen(page, 'attract');
  await expect(page.getByRole('main').getByText(name, { exact: true })).toBeVisible();
}

test.describe('typing a clinic name by touch, in any script', () => {
  test.describe.configure({ timeout: 180_000 });

  test('Clínica São José (dead keys), Клиника (Cyrillic) and عيادة (Arabic) reach the attract screen', async ({
    page,
  }) => {
    await openStaffFirstRun(page);

    // Portuguese layout: an accent key, then the letter. The first letter starts as a capital.
    const portuguese = await editClinicName(page, 'Português');
    await touch(portuguese, ['C', 'l', '´', 'i', 'n', 'i', 'c', 'a', 'Space']);
    await touch(portuguese, ['Capitals', 'S', '~', 'a', 'o', 'Space', 'Capitals', 'J', 'o', 's', '´', 'e']);
    await saveAndSeeOnAttract(page, 'Clínica São José');

    await unlockStaff(page);
    const russian = await editClinicName(page, 'Русский');
    await touch(russian, ['Delete letter']);
    await expect(page.getByRole('textbox', { name: 'Clinic name on the welcome screen' })).toHaveValue(
      'Clínica São Jos',
    );
    await page.getByRole('textbox', { name: 'Clinic name on the welcome screen' }).fill('');
    await touch(russian, ['Capitals', 'К', 'л', 'и', 'н', 'и', 'к', 'а']);
    await saveAndSeeOnAttract(page, 'Клиника');

    await unlockStaff(page);
    const arabic = await editClinicName(page, 'العربية');
    await page.getByRole('textbox', { name: 'Clinic name on the welcome screen' }).fill('');
    await touch(arabic, ['ع', 'ي', 'ا', 'د', 'ة']);
    await saveAndSeeOnAttract(page, 'عيادة');
  });

  test('accents a tap away on the English keyboard, and the length limit counted as you type', async ({ page }) => {
    await openStaffFirstRun(page);
    const keyboard = await editClinicName(page, 'English');
    await touch(keyboard, ['J', 'o', 'Accented letters', 'é']);
    await expect(page.getByRole('textbox', { name: 'Clinic name on the welcome screen' })).toHaveValue('Joé');
    await expect(page.getByText('3 of 80 characters')).toBeVisible();
  });
});
