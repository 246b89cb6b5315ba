import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';

// `npm start` on a machine without the Electron binary: the real launcher (scripts/start.mjs),
// a fake missing binary (ELECTRON_OVERRIDE_DIST_PATH at an empty folder), the real Chromium it
// opens in kiosk mode (headless here, watched over the DevTools protocol), the attract screen.
const projectRoot = path.resolve(import.meta.dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function connectWhenUp(cdpPort: number, launcher: ChildProcess, output: () => string): Promise<Browser> {
  const deadline = Date.now() + 40_000;
  for (;;) {
    if (launcher.exitCode !== null) throw new Error(`the launcher exited (${launcher.exitCode}):\n${output()}`);
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Chromium never answered:\n${output()}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

test('without the Electron binary, npm start explains itself and the browser kiosk shows the attract screen', async () => {
  test.setTimeout(90_000);
  const [appPort, cdpPort] = [await freePort(), await freePort()];
  let output = '';
  const launcher = spawn(process.execPath, [path.join(projectRoot, 'scripts/start.mjs')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(path.join(os.tmpdir(), 'no-electron-')),
      KIOSK_BROWSER_PORT: String(appPort),
      KIOSK_BROWSER_FLAGS: `--headless=new --remote-debugging-port=${cdpPort}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  try {
    const browser = await connectWhenUp(cdpPort, launcher, () => output);
    const page = browser.contexts()[0]?.pages()[0];
    if (!page) throw new Error('the browser kiosk opened no page');
    expect(page.url()).toBe(`http://127.0.0.1:${appPort}/`);
    await expect(page.locator('html')).toHaveAttribute('data-screen', 'attract');
    await expect(page.locator('html')).toHaveAttribute('data-host', 'browser');

    expect(output).toContain('The kiosk app (Electron) cannot start on this machine');
    expect(output).toContain('ELECTRON_OVERRIDE_DIST_PATH has no Electron binary');
    expect(output).toContain('BROWSER HOST: the kiosk runs in Chromium, not in the locked-down Electron app.');
    expect(output).not.toContain('fetch failed');
    await browser.close().catch(() => undefined);
  } finally {
    launcher.kill('SIGTERM');
    await new Promise((resolve) => (launcher.exitCode !== null ? resolve(null) : launcher.once('exit', resolve)));
  }
  // Closing the kiosk throws its profile away.
  const profile = /profile (\S+)/.exec(output)?.[1];
  expect(profile, output).toBeDefined();
  expect(existsSync(profile ?? '/')).toBe(false);
  expect(output).toContain('[kiosk:browser] stopped; the browser profile was deleted');
});
