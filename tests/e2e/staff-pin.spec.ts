import { test, expect, openKiosk } from './support/fixtures';
import {
  enterPin,
  expectScreen,
  openStaffFirstRun,
  pressStaffShortcut,
  STAFF_PIN,
  unlockStaff,
  leaveStaff,
} from './support/staff';

test.describe('staff mode: entry and PIN', () => {
  // Each test hashes a PIN (PBKDF2, 310,000 rounds) several times; give slow CI machines room.
  test.describe.configure({ timeout: 180_000 });

  test('first run: there is no default PIN; staff set one by entering it twice', async ({ page }) => {
    await openKiosk(page);
    await pressStaffShortcut(page);
    await expect(page.getByRole('heading', { name: 'Set a staff PIN' })).toBeVisible();
    // Too short is refused with a reason, and mismatched entries start over.
    // New PINs need 6 digits: 3 and 4 are both refused with the reason.
    await expect(page.getByText('There is no staff PIN yet. Choose one of 6 to 8 digits.')).toBeVisible();
    await enterPin(page, '123');
    await expect(page.getByText('A new PIN needs 6 to 8 digits.')).toBeVisible();
    await enterPin(page, '2468');
    await expect(page.getByText('A new PIN needs 6 to 8 digits.')).toBeVisible();
    await enterPin(page, '123456');
    await enterPin(page, '123465');
    await expect(page.getByText('The two PINs were not the same. Please start again.')).toBeVisible();
    await enterPin(page, STAFF_PIN);
    await enterPin(page, STAFF_PIN);
    await expectScreen(page, 'staff');
    // The PIN is stored only as a salted hash.
    const stored = await page.evaluate(() => localStorage.getItem('b12kiosk.pin.v1') ?? '');
    expect(stored).toContain('pbkdf2-sha256');
    expect(stored).not.toContain(STAFF_PIN);
    await leaveStaff(page);
    await unlockStaff(page);
  });

  test('the pad shows dots, never digits, and every key is a named button', async ({ page }) => {
    await openKiosk(page);
    await pressStaffShortcut(page);
    const pad = page.getByRole('group', { name: 'PIN pad' });
    for (const digit of '0123456789') await expect(pad.getByRole('button', { name: digit, exact: true })).toBeVisible();
    await pad.getByRole('button', { name: '7', exact: true }).click();
    await pad.getByRole('button', { name: '3', exact: true }).click();
    await expect(page.getByText('2 digits entered')).toBeAttached();
    await expect(page.getByText('●●', { exact: true })).toBeVisible();
    await expect(page.getByText('73')).toHaveCount(0);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('1 digit entered')).toBeAttached();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, 'attract');
  });

  test('wrong PINs: attempts count down, then a growing lock-out that survives a reload', async ({ page }) => {
    await page.clock.install();
    await openStaffFirstRun(page);
    await leaveStaff(page);
    await pressStaffShortcut(page);
    for (const left of [4, 3, 2]) {
      await enterPin(page, '0000');
      await expect(page.getByText(`Wrong PIN. ${left} tries left before a pause.`)).toBeVisible();
    }
    await enterPin(page, '0000');
    await expect(page.getByText('Wrong PIN. 1 try left before a pause.')).toBeVisible();
    await enterPin(page, '0000');
    await expect(page.getByText(/Too many wrong tries\. Please wait 0:(30|29) before trying again\./)).toBeVisible();
    await expect(page.getByRole('button', { name: '1', exact: true })).toBeDisabled();

    // A restart does not reset it.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await pressStaffShortcut(page);
    await expect(page.getByText(/Too many wrong tries/)).toBeVisible();

    await page.clock.runFor(31_000);
    await expect(page.getByText(/Too many wrong tries/)).toHaveCount(0);
    // Five more wrong tries: the second lock-out is longer (1 minute).
    for (let i = 0; i < 5; i += 1) await enterPin(page, '1111');
    await expect(page.getByText(/Please wait (1:00|0:59) before trying again/)).toBeVisible();
    await page.clock.runFor(61_000);
    await enterPin(page, STAFF_PIN);
    await expectScreen(page, 'staff');
  });

  test('Ctrl+Alt+S opens the PIN pad from a patient screen too', async ({ page }) => {
    await openKiosk(page);
    await page.getByRole('button', { name: 'Touch to start' }).dispatchEvent('click');
    await expectScreen(page, 'language');
    await pressStaffShortcut(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, 'attract');
  });

  test('the touch gesture: hold the top-left corner 3 s, then tap the bottom-right corner', async ({ page }) => {
    await page.clock.install();
    await openKiosk(page);
    const viewport = page.viewportSize() ?? { width: 1920, height: 1080 };

    // One long press alone (what a curious patient might do) opens nothing.
    await page.mouse.move(20, 20);
    await page.mouse.down();
    await page.clock.runFor(10_000);
    await page.mouse.up();
    await page.clock.runFor(6_000);
    await page.mouse.click(viewport.width - 20, viewport.height - 20);
    await expectScreen(page, 'attract');

    // A short hold then the tap: nothing either.
    await page.mouse.move(20, 20);
    await page.mouse.down();
    await page.clock.runFor(1_500);
    await page.mouse.up();
    await page.mouse.click(viewport.width - 20, viewport.height - 20);
    await expectScreen(page, 'attract');

    // The real gesture.
    await page.mouse.move(20, 20);
    await page.mouse.down();
    await page.clock.runFor(3_100);
    await page.mouse.up();
    await page.clock.runFor(1_000);
    await page.mouse.click(viewport.width - 20, viewport.height - 20);
    await expectScreen(page, 'staff-pin');
  });
});
