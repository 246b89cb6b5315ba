import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { expect, test, type Page } from '@playwright/test';
import { RECORDINGS_OFFLINE_CACHE } from '../../core/recordings/naming';
import { openKiosk } from '../e2e/support/fixtures';
import { expectScreen, pressGently } from '../e2e/support/journey';
import { exactly, uiLabel } from '../e2e/support/languages';

// The offline web kiosk: a tablet loads the app once, the Wi-Fi drops, the page reloads, and
// patients still walk the whole journey, in English, Arabic and Chinese, with every file
// (code, styles, fonts, pictures) coming from the service worker's precache.
// This project alone allows service workers (tests/playwright.config.ts); every other spec blocks them.
test.describe.configure({ timeout: 240_000 });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function progressPattern(code: string): RegExp {
  const template = escape(uiLabel(code, 'journey.page.progress'));
  return new RegExp(`^${template.replace('\\{\\{step\\}\\}', '(\\S+?)').replace('\\{\\{total\\}\\}', '(\\S+?)')}$`);
}

function topicTitle(code: string, topicId: string): string {
  const file = path.resolve(import.meta.dirname, '../../locales', code, 'content.json');
  const content = JSON.parse(readFileSync(file, 'utf8')) as { topics: Record<string, { title: string }> };
  const title = content.topics[topicId]?.title;
  if (!title) throw new Error(`no title for topic ${topicId} in ${code}`);
  return title;
}

/**
 * Attract → language → pages one by one (the whole guided path, or one topic) → the check →
 * the question list → the finish screen with its QR code.
 */
async function walkJourney(page: Page, code: string, languageButton: RegExp, topicId?: string): Promise<void> {
  const t = (key: string) => uiLabel(code, key);
  await pressGently(page, page.getByRole('button', { name: 'Touch to start' }));
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: languageButton }).click();
  await expectScreen(page, 'topics');
  await expect(page.locator('html')).toHaveAttribute('lang', code);

  const route = topicId ? topicTitle(code, topicId) : t('journey.topics.startHere');
  await page.getByRole('button', { name: exactly(route) }).click();
  await expectScreen(page, 'page');
  const pattern = progressPattern(code);
  for (;;) {
    const progress = page.getByText(pattern);
    const text = (await progress.textContent()) ?? '';
    const [, step, total] = pattern.exec(text.trim()) ?? [];
    await expect(page.locator('article img, article svg').first()).toBeVisible();
    if (step !== undefined && step === total) break;
    await page.getByRole('button', { name: t('nav.next'), exact: true }).click();
    await expect(progress).not.toHaveText(text);
  }
  await page.getByRole('button', { name: t('journey.page.checkNext') }).click();
  await expectScreen(page, 'check');

  for (;;) {
    await page
      .getByRole('group', { name: t('journey.check.choicesLabel') })
      .getByRole('button')
      .first()
      .click();
    const next = page.getByRole('button', { name: t('journey.check.nextQuestion') });
    const toQuestions = page.getByRole('button', { name: t('journey.check.toQuestions') });
    const toMenu = page.getByRole('button', { name: t('journey.check.toMenu') });
    await expect(next.or(toQuestions).or(toMenu).first()).toBeVisible();
    if (await toQuestions.isVisible()) {
      await toQuestions.click();
      break;
    }
    if (await toMenu.isVisible()) {
      await toMenu.click();
      await expectScreen(page, 'topics');
      await page.getByRole('button', { name: t('journey.topics.myQuestions') }).click();
      break;
    }
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title ?? '');
  }
  await expectScreen(page, 'questions');
  await page.getByRole('main').getByRole('button', { pressed: false }).first().click();
  await page.getByRole('button', { name: t('journey.questions.seeList'), exact: true }).click();
  await expectScreen(page, 'finish');
  await expect(page.getByRole('img', { name: t('journey.finish.qrAlt') })).toBeVisible();
}

test('after one online visit, the kiosk works offline: reload, then the journey in English, Arabic and Chinese', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  const failed: string[] = [];
  const notFromCache: string[] = [];
  const pageErrors: string[] = [];
  let offline = false;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
  });
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? '?'})`));
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400) failed.push(`${url} (HTTP ${response.status()})`);
    if (offline && !url.startsWith('data:') && !url.startsWith('blob:') && !response.fromServiceWorker())
      notFromCache.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });

  // Online, once: the service worker installs and precaches the whole app.
  await openKiosk(page);
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 60_000 });
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    let count = 0;
    for (const name of names) count += (await (await caches.open(name)).keys()).length;
    return count;
  });
  expect(precached).toBeGreaterThan(100);

  // Installable: the page links a web app manifest that opens the kiosk full screen.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(new URL(manifestHref ?? '', page.url()).href)).json()) as {
    display: string;
    start_url: string;
    icons: { sizes: string }[];
  };
  expect(manifest.display).toBe('fullscreen');
  expect(manifest.start_url).toBe('./');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  // The clinic's recordings (served beside the build, here tests/fixtures/recordings-folder) are
  // kept too: the list and both Somali recordings it accepts (its third file is damaged on purpose).
  const keptRecordings = () =>
    page.evaluate(
      async (cacheName) =>
        (await (await caches.open(cacheName)).keys()).map((request) => new URL(request.url).pathname).sort(),
      RECORDINGS_OFFLINE_CACHE,
    );
  await expect
    .poll(keptRecordings, { timeout: 30_000 })
    .toEqual(['/recordings/manifest.json', '/recordings/so/key-b12.mp3', '/recordings/so/key-neuropathy.mp3']);

  // The Wi-Fi drops; the tablet reloads (or is restarted) on the same page.
  await context.setOffline(true);
  offline = true;
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // Offline, a recording still plays: <audio> asks by byte range, and the worker answers from the kept copy.
  const recordingPart = await page.evaluate(async () => {
    const response = await fetch('recordings/so/key-b12.mp3', { headers: { Range: 'bytes=0-99' } });
    return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
  });
  expect(recordingPart).toEqual({ status: 206, bytes: 100 });
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await walkJourney(page, 'en', /^English/);
  // The next patients, in Arabic (right to left) and Chinese: one topic each, to the end.
  for (const [code, button, previous] of [
    ['ar', /Arabic/, 'en'],
    ['zh-Hans', /Chinese \(Simplified\)/, 'ar'],
  ] as const) {
    await page.getByRole('button', { name: uiLabel(previous, 'nav.startAgain') }).click();
    await expectScreen(page, 'attract');
    await walkJourney(page, code, button, 'get-help');
  }
  // The Arabic and Chinese text was drawn in the bundled fonts, loaded from the cache.
  const fonts = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
  );
  expect(fonts.some((family) => /Arabic/i.test(family))).toBe(true);
  expect(fonts.some((family) => /SC|Simplified/i.test(family))).toBe(true);

  expect(foreign, 'requests that left the app origin').toEqual([]);
  expect(failed, 'requests that failed offline').toEqual([]);
  expect(notFromCache, 'responses offline that did not come from the service worker').toEqual([]);
  expect(pageErrors, 'page errors').toEqual([]);
});

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

test('a new build waits while a patient reads, and takes over only when the session ends', async ({ page }) => {
  // This test's own web server, on a copy of the build, so the "new build" touches no other test.
  const projectRoot = path.resolve(import.meta.dirname, '../..');
  const site = mkdtempSync(path.join(os.tmpdir(), 'kiosk-site-'));
  cpSync(path.resolve(projectRoot, process.env.KIOSK_OUT ?? 'out/renderer'), site, { recursive: true });
  const server = await preview({
    root: projectRoot,
    configFile: path.join(projectRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: site },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true },
  });
  try {
    const url = server.resolvedUrls?.local[0] ?? '';
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 60_000 });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');

    // A patient is reading a page.
    await pressGently(page, page.getByRole('button', { name: 'Touch to start' }));
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('button', { name: exactly('Start here') }).click();
    await expectScreen(page, 'page');
    await page.evaluate(() => {
      (window as unknown as { samePage: boolean }).samePage = true;
    });

    // Meanwhile the clinic's web server gets a new build (its service worker differs), and the kiosk notices.
    appendFileSync(path.join(site, 'sw.js'), '\n// the next build\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.locator('html')).toHaveAttribute('data-app-update', 'waiting', { timeout: 30_000 });

    // Nothing changes for the patient: same document, next page, the new worker still waiting.
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expectScreen(page, 'page');
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    const waiting = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(await waiting()).not.toBeNull();

    // Still the same session on the way to the end: the list and the finish screen.
    await page.getByRole('button', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'Questions to ask my doctor or nurse' }).click();
    await page.getByRole('button', { name: 'See my list' }).click();
    await expectScreen(page, 'finish');
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);

    // The patient leaves with "Start again": between patients, the new build takes over.
    // (A finger's tap: the reload it causes is the app's, not something the click should wait on.)
    const startAgain = page.getByRole('button', { name: 'Start again' });
    await startAgain.scrollIntoViewIfNeeded();
    await pressGently(page, startAgain);
    await page.waitForFunction(() => !(window as unknown as { samePage?: boolean }).samePage, undefined, {
      timeout: 30_000,
    });
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expectScreen(page, 'attract');
    expect(await waiting()).toBeNull();
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
