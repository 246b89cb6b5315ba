/* global window */
// Chromium for the benchmark: the same lookup and flags as the e2e tests, a fresh
// context (empty cache) per sample, CPU throttling through the DevTools protocol,
// and the probe installed before the page's own scripts.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { installProbe } from './probe.mjs';

/** CHROMIUM_PATH, else Playwright's browser, else Debian's (as tests/support/findChromium.ts). */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  let playwrightPath;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined;
  }
  const found = [playwrightPath, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p) => p && existsSync(p),
  );
  if (!found)
    throw new Error(
      'No Chromium found. Install one with: apt-get install -y chromium (as root), or set CHROMIUM_PATH.',
    );
  return found;
}

export async function launchBrowser() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const executablePath = findChromium();
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-default-apps',
      ...(isRoot ? ['--no-sandbox'] : []),
    ],
  });
  return { browser, executablePath, version: browser.version() };
}

/**
 * A page in its own fresh context, throttled to `rate`× CPU, with the probe
 * watching `target`. Returns { page, cdp, close }.
 */
export async function openPage(browser, { rate, target }) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(installProbe, { target });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, cdp, errors, close: () => context.close() };
}

/** Waits until the probe saw the touch target painted, then for 50 ms with no long task after it. */
export async function readyToTouch(page) {
  await page.waitForFunction(() => window.__bench.ready !== null, undefined, { timeout: 60_000 });
  for (;;) {
    const { ready, longTasks, now } = await page.evaluate(() => ({
      ready: window.__bench.ready,
      longTasks: window.__bench.longTasks,
      now: window.performance.now(),
    }));
    const quietFrom = quietAfter(ready.paintedAt, longTasks, 50);
    // A long task is reported only once it ends: wait out a margin past the quiet window.
    if (now >= quietFrom + 50 + 250) return { ...ready, readyAt: quietFrom, longTasks };
    await page.waitForTimeout(100);
  }
}

/** The first moment at or after `from` followed by `window` ms free of long tasks. */
export function quietAfter(from, longTasks, window) {
  let at = from;
  const sorted = [...longTasks].sort((a, b) => a.start - b.start);
  for (const task of sorted) {
    const end = task.start + task.duration;
    if (end <= at) continue;
    if (task.start < at + window) at = end;
    else break;
  }
  return at;
}

/** Bytes (body sizes, as on disk) of the document and every resource that finished by `until` (ms), or all. */
export function bytesUntil(page, until = Infinity) {
  return page.evaluate((limit) => {
    const entries = [
      ...window.performance.getEntriesByType('navigation'),
      ...window.performance.getEntriesByType('resource'),
    ];
    return entries
      .filter((entry) => entry.responseEnd <= limit)
      .reduce((sum, entry) => sum + (entry.encodedBodySize || 0), 0);
  }, until);
}

/** Bytes of resources that started within [from, to). */
export function bytesBetween(page, from, to) {
  return page.evaluate(
    ([start, end]) =>
      window.performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= start && entry.startTime < end)
        .reduce((sum, entry) => sum + (entry.encodedBodySize || 0), 0),
    [from, to],
  );
}
