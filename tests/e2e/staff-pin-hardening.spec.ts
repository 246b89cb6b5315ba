import { EMPTY_PIN_RECORD, serializePinRecord } from '../../core/pin';
import { PIN_STORAGE_KEY, pbkdf2Hasher } from '../../renderer/host/browserPin';
import { test, expect, openKiosk } from './support/fixtures';
import {
  enterPin,
  expectScreen,
  leaveStaff,
  openSection,
  pressStaffShortcut,
  seedPinRecord,
  unlockStaff,
} from './support/staff';

/** A record from before new PINs needed 6 digits: a 4-digit PIN, made with the app's own hasher. */
const LEGACY_PIN = '2468';
const legacyRecord = async () =>
  serializePinRecord({ ...EMPTY_PIN_RECORD, pin: await pbkdf2Hasher(globalThis.crypto).hash(LEGACY_PIN) });

test.describe('staff PIN: short and damaged records', () => {
  // Each test hashes a PIN (PBKDF2, 310,000 rounds) a few times; give slow CI machines room.
  test.describe.configure({ timeout: 180_000 });

  test('an existing 4-digit PIN still unlocks, then staff are asked to choose a 6-digit one', async ({ page }) => {
    await seedPinRecord(page, await legacyRecord());
    await openKiosk(page);
    await pressStaffShortcut(page);
    await enterPin(page, LEGACY_PIN);
    await expect(page.getByRole('heading', { name: 'Change the staff PIN' })).toBeVisible();
    await expect(page.getByText(/^This PIN is shorter than 6 digits\./)).toBeVisible();
    // The new one must follow today's rule.
    await enterPin(page, '1357');
    await expect(page.getByText('A new PIN needs 6 to 8 digits.')).toBeVisible();
    await enterPin(page, '135792');
    await expect(page.getByText('Enter the same PIN again.')).toBeVisible();
    await enterPin(page, '135792');
    await expectScreen(page, 'staff');
    await expect(page.getByText('The staff PIN has been changed.')).toBeVisible();
    await leaveStaff(page);
    await unlockStaff(page, '135792');
  });

  test('staff can put the change off: Cancel goes on to the settings, and the prompt comes back next time', async ({
    page,
  }) => {
    await seedPinRecord(page, await legacyRecord());
    await openKiosk(page);
    await pressStaffShortcut(page);
    await enterPin(page, LEGACY_PIN);
    await expect(page.getByText(/^This PIN is shorter than 6 digits\./)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, 'staff');
    await leaveStaff(page);
    await pressStaffShortcut(page);
    await enterPin(page, LEGACY_PIN);
    await expect(page.getByText(/^This PIN is shorter than 6 digits\./)).toBeVisible();
  });

  test('a damaged PIN record keeps staff mode locked: "needs resetting by IT", no way in', async ({ page }) => {
    await seedPinRecord(page, '{"version":1,"pin":');
    await openKiosk(page);
    await pressStaffShortcut(page);
    await expect(page.getByText('PIN needs resetting by IT. Staff mode stays locked until then.')).toBeVisible();
    // Not a first run: nobody is offered to set a new PIN.
    await expect(page.getByRole('heading', { name: 'Set a staff PIN' })).toHaveCount(0);
    const pad = page.getByRole('group', { name: 'PIN pad' });
    for (const digit of '0123456789')
      await expect(pad.getByRole('button', { name: digit, exact: true })).toBeDisabled();
    await page.keyboard.type('246813');
    await page.keyboard.press('Enter');
    await expect(page.getByText('No digits entered')).toBeAttached();
    await expectScreen(page, 'staff-pin');
    // The record is left for IT to see, untouched.
    expect(await page.evaluate((key) => localStorage.getItem(key), PIN_STORAGE_KEY)).toBe('{"version":1,"pin":');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, 'attract');
  });
});

test.describe('staff mode: recent problems', () => {
  test('an error in the page reaches the host log and staff see it', async ({ staff: page }) => {
    await openSection(page, 'PIN and app');
    const section = page.getByRole('region', { name: 'Recent problems' });
    await expect(section.getByRole('heading', { name: 'Recent problems' })).toBeVisible();
    // What the page's global handler hears when a script fails (without failing the test's own error check).
    await page.evaluate(() =>
      window.dispatchEvent(new ErrorEvent('error', { message: 'probe: the script failed', error: new Error('probe') })),
    );
    await section.getByRole('button', { name: 'Refresh' }).click();
    await expect(section.getByRole('listitem').filter({ hasText: 'probe: the script failed' })).toContainText(
      /Error .*\(renderer\/uncaught\) uncaught error: probe: the script failed/,
    );
  });
});
