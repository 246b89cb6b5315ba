/* global document -- the page.evaluate / waitForFunction callbacks run in the browser */
// Soak test for the idle reset: 1,000 cycles of "walk in a little, walk away,
// get warned, get reset" in Chromium on the built renderer, with Playwright's
// clock jumping the quiet time. Prints JS heap and DOM counters (after garbage
// collection) at the start, along the way and at the end, so a leak shows as a
// trend. Not part of `npm test`: run `npm run build && npm run soak`.
//   --cycles=N        how many cycles (default 1000)
//   --warmup=N        the cycle the heap growth is measured from (default 100): by
//                     then every lazy chunk, font and the JIT have settled
//   --max-growth=P    exit 1 when the heap grew more than P % after the warm-up
// Issue 17's target: `npm run soak:2000` (2,000 cycles, growth after cycle 100 ≤ 2 %).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';

const projectRoot = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(projectRoot, process.env.KIOSK_OUT ?? 'out/renderer');
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const cycles = Number(option('cycles', 1000));
const warmup = Math.min(Number(option('warmup', 100)), cycles);
const maxGrowth = option('max-growth', null);
const QUIET_MS = 90_000; // DEFAULT_SETTINGS.idle.quietSeconds
const WARNING_MS = 30_000; // DEFAULT_SETTINGS.idle.warningSeconds

/**
 * The same lookup order as tests/support/findChromium.ts (which is TypeScript and
 * cannot be imported from plain Node): CHROMIUM_PATH, Playwright's browser, Debian's.
 */
function findChromium() {
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function serve(port) {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: projectRoot,
    env: { ...process.env, KIOSK_OUT: outDir },
    stdio: 'ignore',
    detached: true, // its own process group, so stopping it stops npx's children too
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  process.kill(-child.pid, 'SIGTERM');
  throw new Error(`vite preview did not start on ${url}`);
}

async function measure(page, cdp) {
  for (let i = 0; i < 3; i++) await page.evaluate(() => globalThis.gc());
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    heapUsedMB: +(heap.usedSize / 1_048_576).toFixed(2),
    domNodes: counters.nodes,
    elements,
    listeners: counters.jsEventListeners,
    documents: counters.documents,
  };
}

async function pressCentre(page, locator) {
  await locator.waitFor({ state: 'visible' });
  const box = await locator.boundingBox();
  if (!box) throw new Error('control is not laid out');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function expectScreen(page, id) {
  await page.waitForFunction((screen) => document.documentElement.dataset.screen === screen, id);
}

/** One patient: walks in (English or Spanish), reads a page or two, walks away; the kiosk warns, then resets. */
async function cycle(page, index) {
  await pressCentre(page, page.getByRole('button', { name: 'Touch to start' }));
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: index % 2 === 0 ? /^English/ : /^Español/ }).click();
  await expectScreen(page, 'topics');
  await page.locator('.topics__start').click();
  await expectScreen(page, 'page');
  if (index % 3 === 0) await page.locator('.patient-frame__bottom .button--primary').click(); // Next, in either language
  // Let the last tap's page change finish (its scroll-to-top arrives on the next
  // rendering frame and is activity), then jump the quiet time (timers due fire
  // once, as after a busy spell), then the countdown.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await page.clock.fastForward(QUIET_MS + 1_000);
  await page.getByRole('alertdialog').waitFor({ state: 'visible' });
  await page.clock.fastForward(WARNING_MS + 1_000);
  await expectScreen(page, 'attract');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No renderer build at ${outDir}. Run \`npm run build\` first.`);
  process.exit(1);
}
const server = await serve(await freePort());
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    '--js-flags=--expose-gc',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    ...(isRoot ? ['--no-sandbox'] : []),
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const cdp = await page.context().newCDPSession(page);
  // Warm-up: lazy chunks, fonts and the Spanish files load once.
  await cycle(page, 0);
  await cycle(page, 1);
  const start = await measure(page, cdp);
  console.log(`soak: ${cycles} idle cycles on ${server.url}`);
  console.log('start  ', JSON.stringify(start));
  const began = Date.now();
  let afterWarmup = start;
  for (let i = 1; i <= cycles; i++) {
    await cycle(page, i + 1);
    if (i % 100 === 0 && i !== cycles) {
      const now = await measure(page, cdp);
      if (i === warmup) afterWarmup = now;
      console.log(`${String(i).padStart(6)} `, JSON.stringify(now), `${Math.round((Date.now() - began) / 1000)} s`);
    } else if (i === warmup && i !== cycles) afterWarmup = await measure(page, cdp);
  }
  const end = await measure(page, cdp);
  const growth = ((end.heapUsedMB - afterWarmup.heapUsedMB) / afterWarmup.heapUsedMB) * 100;
  console.log('end    ', JSON.stringify(end));
  console.log(
    `change: heap ${(end.heapUsedMB - start.heapUsedMB).toFixed(2)} MB, DOM nodes ${end.domNodes - start.domNodes}, listeners ${end.listeners - start.listeners}; ${Math.round((Date.now() - began) / 1000)} s`,
  );
  console.log(
    `heap growth after warm-up (cycle ${warmup} → ${cycles}): ${growth.toFixed(2)} % (${afterWarmup.heapUsedMB} → ${end.heapUsedMB} MB)`,
  );
  if (maxGrowth !== null && growth > Number(maxGrowth)) {
    console.error(`heap grew more than ${maxGrowth} % after the warm-up`);
    process.exitCode = 1;
  }
  if (errors.length > 0) {
    console.error(`page errors: ${errors.length}\n${[...new Set(errors)].join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.stop();
}
