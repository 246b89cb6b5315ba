import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { launchKiosk, skipWithoutElectron } from './support/launchKiosk';

skipWithoutElectron();

let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  app = await launchKiosk(mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-')));
  page = await app.firstWindow();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
});

test.afterEach(async () => {
  await app?.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
});

test('opens one full-screen kiosk window served over app://', async () => {
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

test('refuses navigation away from the app', async () => {
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
});

test('refuses window.open', async () => {
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the bridge answers and exposes only named functions', async () => {
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
  await expect(page.locator('html')).toHaveAttribute('data-host', 'electron');
});

test('main rejects a malformed payload', async () => {
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
