import { expect, type Page } from '@playwright/test';

/** Opens the kiosk and waits until it says it is ready (no sleeping). */
export async function openKiosk(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** The current `data-screen` of the document (the test contract). */
export async function currentScreen(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('data-screen');
}
