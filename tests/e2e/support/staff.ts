/**
 * Staff mode the way staff use it: Ctrl+Alt+S (or the corner gesture), the PIN
 * pad's digit buttons by name, then the settings by their accessible names.
 */
import { expect, type Page } from '@playwright/test';
import { EMPTY_PIN_RECORD, serializePinRecord } from '../../../core/pin';
import { PIN_STORAGE_KEY, pbkdf2Hasher } from '../../../renderer/host/browserPin';
import { openKiosk } from './kiosk';

export const STAFF_PIN = '246813';

let seededRecord: Promise<string> | undefined;

/**
 * The browser host's stored PIN record for STAFF_PIN, made once per worker with the
 * app's own PBKDF2 hasher and serializer (in Node, so Chromium does not have to).
 */
function staffPinRecord(): Promise<string> {
  seededRecord ??= pbkdf2Hasher(globalThis.crypto)
    .hash(STAFF_PIN)
    .then((pin) => serializePinRecord({ ...EMPTY_PIN_RECORD, pin }));
  return seededRecord;
}

/** Puts a PIN record for STAFF_PIN in the browser host's storage before the app's first load (not on reloads). */
export async function seedStaffPin(page: Page): Promise<void> {
  await seedPinRecord(page, await staffPinRecord());
}

/** Puts this text where the browser host keeps its PIN record, before the app's first load (not on reloads). */
export async function seedPinRecord(page: Page, record: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [PIN_STORAGE_KEY, record] as const,
  );
}

export async function expectScreen(page: Page, id: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-screen', id);
}

export async function pressStaffShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Control+Alt+KeyS');
  await expectScreen(page, 'staff-pin');
}

/** Types a PIN on the pad's buttons ("0"–"9") and presses OK. */
export async function enterPin(page: Page, pin: string): Promise<void> {
  const pad = page.getByRole('group', { name: 'PIN pad' });
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: 'OK' }).click();
}

/** First run on a fresh profile: open staff mode, set the PIN twice, land on the settings. */
export async function openStaffFirstRun(page: Page, pin = STAFF_PIN): Promise<void> {
  await openKiosk(page);
  await pressStaffShortcut(page);
  await expect(page.getByRole('heading', { name: 'Set a staff PIN' })).toBeVisible();
  await enterPin(page, pin);
  await expect(page.getByText('Enter the same PIN again.')).toBeVisible();
  await enterPin(page, pin);
  await expectScreen(page, 'staff');
}

/** A PIN already exists: open staff mode and unlock it. */
export async function unlockStaff(page: Page, pin = STAFF_PIN): Promise<void> {
  await pressStaffShortcut(page);
  await expect(page.getByText('Enter the staff PIN.')).toBeVisible();
  await enterPin(page, pin);
  await expectScreen(page, 'staff');
}

export async function leaveStaff(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Leave staff mode' }).first().click();
  await expectScreen(page, 'attract');
}

/** The language picker's buttons, in order, by their accessible names. */
export async function pickerLanguages(page: Page, startButtonName = 'Touch to start'): Promise<string[]> {
  // The attract button is named in the kiosk's default language.
  await page.getByRole('button', { name: startButtonName }).dispatchEvent('click');
  await expectScreen(page, 'language');
  return page.getByRole('main').getByRole('button').allInnerTexts();
}

/** Opens a staff settings section by its tab ("Display and sound"): one tap. */
export async function openSection(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}
