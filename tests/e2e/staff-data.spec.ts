import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { expect, openKiosk, test } from './support/fixtures';
import { expectScreen, pressGently } from './support/journey';

/**
 * The data side of staff mode in the browser host: settings and usage counts live
 * in localStorage under their own keys, are in force from the first render, and a
 * damaged value never leaves a patient in front of a blank screen.
 */
const SETTINGS_KEY = 'b12kiosk.settings.v1';
const USAGE_KEY = 'b12kiosk.usage.v1';

async function seed(page: Page, key: string, value: string): Promise<void> {
  // Seeds once, before the app's first load; later reloads see what the app itself stored.
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value] as const,
  );
}

const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

test('saved settings, default language included, are in force from the first screen', async ({ page }) => {
  const saved = {
    ...DEFAULT_SETTINGS,
    languages: { offered: ['es', 'en'], default: 'es', reviewedOnly: false },
    attract: { enabled: true, clinicName: 'Riverside Clinic' },
  };
  await seed(page, SETTINGS_KEY, JSON.stringify(saved));
  await openKiosk(page);
  await expect(page.getByText('Riverside Clinic')).toBeVisible();
  // The saved default language is the first patient's language too, not only after a reset.
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a damaged settings value is set aside and the kiosk runs on defaults', async ({ page }) => {
  await seed(page, SETTINGS_KEY, '{"version":1,"languages":{"offered":["en"');
  await openKiosk(page);
  await expectScreen(page, 'attract');
  await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
  const keys = await storedKeys(page);
  expect(keys).not.toContain(SETTINGS_KEY);
  const aside = keys.find((k) => k.startsWith(`${SETTINGS_KEY}.bad-`));
  expect(aside).toBeDefined();
  expect(await page.evaluate((k) => localStorage.getItem(k), aside ?? '')).toBe(
    '{"version":1,"languages":{"offered":["en"',
  );
});

test('a patient session is counted by day, apart from settings, and survives a reload', async ({ page }) => {
  await openKiosk(page);
  await pressGently(page, page.getByRole('button', { name: 'Touch to start' }));
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: /^English/ }).click();
  await expectScreen(page, 'topics');
  const todaysCounts = () =>
    page.evaluate((key) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{"days":{}}') as {
        days: Record<string, { sessionsStarted: number; languages: Record<string, number> }>;
      };
      const now = new Date();
      const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      return stored.days[day] ?? null;
    }, USAGE_KEY);
  await expect.poll(todaysCounts).toMatchObject({ sessionsStarted: 1, languages: { en: 1 } });
  expect(await storedKeys(page)).not.toContain(SETTINGS_KEY);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  expect(await todaysCounts()).toMatchObject({ sessionsStarted: 1, languages: { en: 1 } });
});
