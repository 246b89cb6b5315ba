import { defineConfig } from '@playwright/test';
import { chromium } from '@playwright/test';
import path from 'node:path';
import { chromiumArgs, findChromium } from './support/findChromium';
import { findElectron } from './support/findElectron';

const projectRoot = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function playwrightBrowserPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const browser = findChromium(process.env, playwrightBrowserPath());
if (!browser.found) throw new Error(browser.message);
const electronBinary = findElectron(projectRoot);

// Workers load this config too; say it once, from the runner.
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`[e2e] Chromium: ${browser.path} (${browser.source})`);
  console.log(
    electronBinary.available
      ? `[e2e] Electron: ${electronBinary.executablePath}`
      : `[e2e] Electron tests will be SKIPPED: ${electronBinary.reason}`,
  );
}

export default defineConfig({
  outputDir: path.join(projectRoot, 'test-results'),
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI only; a test that needs it is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  webServer: {
    // The built renderer, served exactly as `npm run web` serves it.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: projectRoot,
    url: baseURL,
    reuseExistingServer: false,
    // A clinic's recordings folder, served under recordings/ as a static host would (scripts/recordingsServerPlugin.ts).
    env: { KIOSK_RECORDINGS: path.join(projectRoot, 'tests/fixtures/recordings-folder') },
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      testDir: path.join(projectRoot, 'tests/e2e'),
      use: {
        baseURL,
        viewport: { width: 1920, height: 1080 },
        launchOptions: { executablePath: browser.path, args: chromiumArgs(isRoot) },
        serviceWorkers: 'block',
        screenshot: 'only-on-failure',
        // Recording a trace costs about 40% of a run's time (measured: 72 s vs 44 s on 20 tests),
        // so CI records one only when it retries a failed test; locally a failure keeps its trace.
        trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
      },
    },
    {
      // The offline web kiosk needs its service worker, which the chromium project blocks.
      name: 'offline-web',
      testDir: path.join(projectRoot, 'tests/offline'),
      use: {
        baseURL,
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: browser.path, args: chromiumArgs(isRoot) },
        serviceWorkers: 'allow',
        screenshot: 'only-on-failure',
        trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: path.join(projectRoot, 'tests/electron'),
    },
  ],
});
