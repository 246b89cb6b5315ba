import { test as base, expect, type Page } from '@playwright/test';
import { openKiosk } from './kiosk';
import { seedStaffPin, unlockStaff } from './staff';

interface KioskFixtures {
  offlineGuard: undefined;
  /** A fresh kiosk page, opened and ready, on the attract screen. */
  kiosk: Page;
  /**
   * A fresh kiosk unlocked into staff mode with the PIN pad (STAFF_PIN), its PIN
   * record seeded so the first-run PIN setting is skipped; staff-pin.spec.ts walks that.
   */
  staff: Page;
}

/**
 * Every end-to-end test gets these checks for free: no request leaves the app's
 * origin (the offline guarantee), and the page throws no uncaught error and
 * breaks no Content-Security-Policy rule.
 */
export const test = base.extend<KioskFixtures>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreignRequests: string[] = [];
      const pageErrors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
      });
      // Also stop them, so a leak never reaches the network even while failing.
      await page.route(
        (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
        (route) => route.abort('blockedbyclient'),
      );
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text()))
          pageErrors.push(message.text());
      });
      await use(undefined);
      expect(foreignRequests, 'requests that left the app origin').toEqual([]);
      expect(pageErrors, 'uncaught page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  kiosk: async ({ page }, use) => {
    await openKiosk(page);
    await use(page);
  },
  staff: async ({ page }, use) => {
    await seedStaffPin(page);
    await openKiosk(page);
    await unlockStaff(page);
    await use(page);
  },
});

export { expect };
export { currentScreen, openKiosk } from './kiosk';
