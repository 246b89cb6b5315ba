import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every end-to-end test gets these checks for free: no request leaves the app's
 * origin (the offline guarantee), and the page throws no uncaught error and
 * breaks no Content-Security-Policy rule.
 */
export const test = base.extend<{ offlineGuard: undefined }>({
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
});

export { expect };

/** Opens the kiosk and waits until it says it is ready (no sleeping). */
export async function openKiosk(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** The current `data-screen` of the document (the test contract). */
export async function currentScreen(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('data-screen');
}
