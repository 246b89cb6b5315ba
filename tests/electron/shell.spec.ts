import { test, expect } from './support/fixtures';

test('opens one full-screen kiosk window served over app://', async ({ app, page }) => {
  const state = await app.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    return {
      count: BrowserWindow.getAllWindows().length,
      kiosk: window?.isKiosk(),
      fullScreen: window?.isFullScreen(),
    };
  });
  expect(state).toEqual({ count: 1, kiosk: true, fullScreen: true });
  expect(page.url()).toMatch(/^app:\/\/kiosk\//);
  await expect(page.locator('html')).toHaveAttribute('data-screen', 'attract');
});

test('refuses navigation away from the app', async ({ app, page }) => {
  const before = page.url();
  // Count navigation attempts in main; our lock-down listener runs first and refuses each one.
  await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    const box = globalThis as { navigationAttempts?: number };
    box.navigationAttempts = 0;
    contents?.on('will-navigate', () => (box.navigationAttempts = (box.navigationAttempts ?? 0) + 1));
  });
  await page.evaluate(() => {
    (window as { stillHere?: boolean }).stillHere = true;
    window.location.href = 'https://example.com/';
  });
  await expect
    .poll(() => app.evaluate(() => (globalThis as { navigationAttempts?: number }).navigationAttempts))
    .toBe(1);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);
});

test('refuses window.open', async ({ app, page }) => {
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the bridge answers and exposes only named functions', async ({ page }) => {
  const result = await page.evaluate(async () => {
    const kiosk = window.kiosk;
    if (!kiosk) return null;
    return {
      keys: Object.keys(kiosk).sort(),
      pong: await kiosk.ping({ nonce: 'abc' }),
      info: await kiosk.getAppInfo(),
    };
  });
  expect(result?.keys).toContain('ping');
  expect(result?.keys).not.toContain('send');
  expect(result?.pong.nonce).toBe('abc');
  expect(result?.info.host).toBe('electron');
  expect(result?.info.capabilities).toEqual({ canQuit: true, canSaveFile: true, canPrint: true });
  await expect(page.locator('html')).toHaveAttribute('data-host', 'electron');
});

test('main rejects a malformed payload', async ({ page }) => {
  const error = await page.evaluate(async () => {
    try {
      await (window.kiosk?.ping as unknown as (a: unknown) => Promise<unknown>)({ nonce: 42 });
      return 'accepted';
    } catch (e) {
      return String(e);
    }
  });
  expect(error).toMatch(/invalid argument for ping/);
});
