import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { launchKiosk, skipWithoutElectron } from './support/fixtures';

// What a fleet relies on, proved in the real Electron app (where the binary exists: the GitHub
// workflow). Here, without the binary, the file skips with the reason printed.
skipWithoutElectron();

const apps: ElectronApplication[] = [];

async function open(userDataDir: string, args: string[] = []): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await launchKiosk(userDataDir, args);
  apps.push(app);
  const page = await app.firstWindow();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  return { app, page };
}

/** A tap in the middle of the screen (on the attract screen, anywhere starts). */
async function tapMiddle(page: Page): Promise<void> {
  const [width, height] = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
  await page.mouse.click((width ?? 0) / 2, (height ?? 0) / 2);
}

/** Quits the way the OS or staff would (before-quit runs: settings flushed, last metrics written). */
async function quit(app: ElectronApplication): Promise<void> {
  const closed = new Promise<void>((resolve) => app.once('close', () => resolve()));
  await app.evaluate(({ app: electronApp }) => electronApp.quit());
  await closed;
}

test.afterEach(async () => {
  for (const app of apps.splice(0)) await app.evaluate(({ app: a }) => a.exit(0)).catch(() => undefined);
});

const freshProfile = () => mkdtempSync(path.join(os.tmpdir(), 'kiosk-fleet-'));

test('requests off the app origin are cancelled by the session, whatever the page asks', async () => {
  let hits = 0;
  const server: Server = createServer((_request, response) => {
    hits += 1;
    response.end('should never be reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    const { app, page } = await open(freshProfile());
    // From main's own session (no CSP involved): the request is cancelled before it leaves.
    const fromMain = await app.evaluate(async ({ session }, target) => {
      try {
        await session.defaultSession.fetch(target);
        return 'reached';
      } catch (error) {
        return `cancelled: ${String(error)}`;
      }
    }, url);
    expect(fromMain).toMatch(/^cancelled/);
    // From the page (an image, which CSP would also stop): nothing arrives either.
    await page.evaluate((target) => {
      const image = new Image();
      image.src = target;
      document.body.append(image);
    }, url);
    await page.waitForTimeout(500);
    expect(hits).toBe(0);
  } finally {
    server.close();
  }
});

test('a second window (a foreign IPC sender) gets no answer from the host', async () => {
  const { app } = await open(freshProfile());
  const refused = await app.evaluate(async ({ app: electronApp, BrowserWindow }) => {
    // The same preload and page as the kiosk window, in a window main did not create as the kiosk.
    const other = new BrowserWindow({
      show: false,
      webPreferences: { preload: `${electronApp.getAppPath()}/out/preload/preload.cjs`, sandbox: true },
    });
    await other.loadURL('app://kiosk/index.html');
    const result = (await other.webContents.executeJavaScript(
      `window.kiosk ? window.kiosk.ping({ nonce: 'x' }).then(() => 'answered', (e) => 'refused: ' + e.message) : 'no bridge'`,
    )) as string;
    other.destroy();
    return result;
  });
  expect(refused).not.toBe('answered');
});

test('staff-only calls are refused without a staff session, and again once it ends', async () => {
  const { page } = await open(freshProfile());
  const outcomes = await page.evaluate(async () => {
    const kiosk = window.kiosk;
    if (!kiosk) return null;
    const attempt = (call: () => Promise<unknown>) =>
      call().then(
        () => 'allowed',
        (error: unknown) => `refused: ${error instanceof Error ? error.message : String(error)}`,
      );
    const patch = { attract: { clinicName: 'Not allowed' } };
    const before = [await attempt(() => kiosk.updateSettings(patch)), await attempt(() => kiosk.getUsage({ days: 7 }))];
    await kiosk.setPin({ newPin: '1357' });
    const during = await attempt(() => kiosk.updateSettings({ attract: { clinicName: 'Allowed' } }));
    await kiosk.endStaffSession();
    const after = await attempt(() => kiosk.updateSettings(patch));
    return { before, during, after, name: (await kiosk.getSettings()).settings.attract.clinicName };
  });
  expect(outcomes?.before).toEqual([
    expect.stringContaining('staff session required'),
    expect.stringContaining('staff session required'),
  ]);
  expect(outcomes?.during).toBe('allowed');
  expect(outcomes?.after).toContain('staff session required');
  expect(outcomes?.name).toBe('Allowed');
});

test('settings saved by staff survive a restart', async () => {
  const profile = freshProfile();
  const first = await open(profile);
  const saved = await first.page.evaluate(async () => {
    const kiosk = window.kiosk;
    if (!kiosk) return null;
    await kiosk.setPin({ newPin: '2468' });
    await kiosk.verifyPin({ pin: '2468' });
    const view = await kiosk.updateSettings({ attract: { clinicName: 'Riverside Neurology' } });
    return view.settings.attract.clinicName;
  });
  expect(saved).toBe('Riverside Neurology');
  await quit(first.app);

  const second = await open(profile);
  await expect(second.page.getByText('Riverside Neurology')).toBeVisible();
  expect(await second.page.evaluate(async () => (await window.kiosk?.getSettings())?.settings.attract.clinicName)).toBe(
    'Riverside Neurology',
  );
});

test('a crashed renderer comes back on the attract screen', async () => {
  const { app, page } = await open(freshProfile());
  await tapMiddle(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-screen', 'attract');
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());
  const window = await app.firstWindow();
  await expect(window.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(window.locator('html')).toHaveAttribute('data-screen', 'attract');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('with monitoring.textfileDirectory in the policy, the app writes b12_kiosk.prom there', async () => {
  const base = freshProfile();
  const metrics = path.join(base, 'metrics');
  mkdirSync(metrics);
  const policy = path.join(base, 'policy.json');
  writeFileSync(policy, JSON.stringify({ version: 2, monitoring: { textfileDirectory: metrics } }));
  const file = path.join(metrics, 'b12_kiosk.prom');
  const { app, page } = await open(path.join(base, 'profile'), [`--policy=${policy}`]);
  await expect.poll(() => existsSync(file), { timeout: 15_000 }).toBe(true);
  const version = await app.evaluate(({ app: a }) => a.getVersion());
  expect(readFileSync(file, 'utf8')).toContain(`b12_kiosk_build_info{version="${version}"`);
  expect(readFileSync(file, 'utf8')).toContain('b12_kiosk_policy_applied 1\n');

  // A patient starts; on quit the app writes its last minute, counting that session.
  await tapMiddle(page);
  await expect(page.locator('html')).toHaveAttribute('data-screen', 'language');
  await quit(app);
  expect(readFileSync(file, 'utf8')).toContain('b12_kiosk_sessions_started_total 1\n');
});
