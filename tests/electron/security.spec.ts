import { existsSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures';

type Outcome = { ok: true } | { ok: false; error: string };

test('staff-only calls from the page are refused without the PIN, and allowed after it', async ({ page }) => {
  const attempt = (call: 'updateSettings' | 'quitKiosk' | 'saveUsageCsv' | 'getUsage') =>
    page.evaluate(async (name): Promise<Outcome> => {
      const kiosk = window.kiosk;
      if (!kiosk) return { ok: false, error: 'no bridge' };
      try {
        if (name === 'updateSettings') await kiosk.updateSettings({ attract: { clinicName: 'x' } });
        else await kiosk[name]();
        return { ok: true };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    }, call);
  for (const call of ['updateSettings', 'quitKiosk', 'saveUsageCsv', 'getUsage'] as const)
    expect(await attempt(call)).toEqual({ ok: false, error: expect.stringMatching(/staff session required/) });
  await page.evaluate(() => window.kiosk?.setPin({ newPin: '24681357' }));
  expect(await attempt('getUsage')).toEqual({ ok: true });
  await page.evaluate(() => window.kiosk?.endStaffSession());
  expect(await attempt('getUsage')).toEqual({ ok: false, error: expect.stringMatching(/staff session required/) });
  await page.evaluate(() => window.kiosk?.verifyPin({ pin: '24681357' }));
  await page.reload();
  expect(await attempt('getUsage')).toEqual({ ok: false, error: expect.stringMatching(/staff session required/) });
});

test('no preload but ours, and only kiosk:* IPC channels', async ({ app, userDataDir }) => {
  const surface = await app.evaluate(({ ipcMain, session }) => {
    const handlers = (ipcMain as unknown as { _invokeHandlers?: Map<string, unknown> })._invokeHandlers;
    return {
      preloads: session.defaultSession.getPreloadScripts().map((script) => script.filePath),
      listeners: ipcMain.eventNames().map(String),
      handlers: handlers ? [...handlers.keys()] : null,
    };
  });
  expect(surface.preloads).toEqual([]);
  expect(surface.listeners).toEqual([]);
  expect(surface.handlers?.every((channel) => channel.startsWith('kiosk:'))).toBe(true);
  // electron-log/main would have written its preload here.
  expect(existsSync(path.join(userDataDir, 'electron-log-preload.js'))).toBe(false);
});

test.describe('a damaged PIN record', () => {
  test.use({ profileFiles: { 'staff-pin.json': '{"version":1,"pin":' } });

  test('keeps staff mode shut: the kiosk needs IT, never offers a first-run PIN', async ({ page }) => {
    expect(await page.evaluate(() => window.kiosk?.getPinStatus())).toMatchObject({ isSet: true, needsReset: true });
    expect(await page.evaluate(() => window.kiosk?.setPin({ newPin: '24681357' }))).toEqual({
      ok: false,
      error: 'needs-reset',
    });
  });
});
