// One round of each side, each page in a fresh context (empty cache):
//  kiosk: load → ready-to-touch → a full walk; then a fresh load → first switch to every language;
//  reference: blank page → ready; one-button page → ready, then taps; language-swap page → every language.
import { bytesBetween, bytesUntil, openPage, readyToTouch } from './browser.mjs';
import { kioskLanguages, referenceLanguages } from './languages.mjs';
import { measureTap } from './tap.mjs';
import { walkJourney } from './walk.mjs';

const KIOSK_TARGET = 'html[data-screen="attract"] main button';
const REFERENCE_TAPS = 12;

async function load(browser, url, rate, target, errors) {
  const opened = await openPage(browser, { rate, target });
  opened.page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
  await opened.page.goto(url);
  const ready = await readyToTouch(opened.page);
  const paints = await opened.page.evaluate(() => globalThis.__bench.paints);
  const bytes = await bytesUntil(opened.page, paints['first-contentful-paint'] ?? ready.paintedAt);
  return { ...opened, ready, bytes };
}

export async function kioskRound(browser, url, rate, samples, { codes, errors, phases }) {
  if (phases.has('walk') || phases.has('ready')) await kioskWalk(browser, url, rate, samples, { errors, phases });
  if (phases.has('languages')) await kioskLanguageRun(browser, url, rate, samples, { codes, errors });
}

async function kioskWalk(browser, url, rate, samples, { errors, phases }) {
  const walkPage = await load(browser, url, rate, KIOSK_TARGET, errors);
  try {
    samples.ready.app.push(walkPage.ready.readyAt);
    samples.bytesBeforePaint.app.push(walkPage.bytes);
    if (!phases.has('walk')) return;
    const walk = await walkJourney(walkPage.page);
    const longTasks = (await walkPage.page.evaluate(() => globalThis.__bench.longTasks)).filter(
      (t) => t.start >= walk.start && t.start < walk.end,
    );
    const bytes = await bytesBetween(walkPage.page, walk.start, walk.end);
    samples.taps.app.push(...walk.taps);
    samples.walks.push({ longTasks, bytes, qrAfterTap: walk.qrAfterTap, taps: walk.taps.length });
  } finally {
    await walkPage.close();
  }
}

async function kioskLanguageRun(browser, url, rate, samples, { codes, errors }) {
  const languagePage = await openPage(browser, { rate, target: KIOSK_TARGET });
  languagePage.page.on('pageerror', (error) => errors.push(`${url} (languages): ${error.message}`));
  try {
    await languagePage.page.goto(url);
    const { switches } = await kioskLanguages(languagePage, codes);
    samples.languages.app.push(...switches);
    samples.languageRuns.push({ bytes: switches.reduce((sum, s) => sum + s.bytes, 0) });
  } finally {
    await languagePage.close();
  }
}

export async function referenceRound(browser, url, rate, samples, { codes, captured, errors, phases }) {
  if (phases.has('walk') || phases.has('ready')) await referencePages(browser, url, rate, samples, errors);
  if (phases.has('languages')) await referenceSwaps(browser, url, rate, samples, { codes, captured });
}

async function referencePages(browser, url, rate, samples, errors) {
  const blank = await load(browser, `${url}__bench/blank.html`, rate, null, errors);
  samples.ready.blank.push(blank.ready.readyAt);
  samples.bytesBeforePaint.blank.push(blank.bytes);
  await blank.close();

  const oneButton = await load(browser, `${url}__bench/one-button.html`, rate, '#start', errors);
  try {
    samples.ready.oneButton.push(oneButton.ready.readyAt);
    samples.bytesBeforePaint.oneButton.push(oneButton.bytes);
    for (let i = 0; i < REFERENCE_TAPS; i += 1)
      samples.taps.oneButton.push(
        await measureTap(oneButton.page, 'one button', oneButton.page.locator('#start'), { kind: 'changed' }),
      );
  } finally {
    await oneButton.close();
  }
}

async function referenceSwaps(browser, url, rate, samples, { codes, captured }) {
  const swap = await openPage(browser, { rate, target: '#swap' });
  try {
    await swap.page.goto(`${url}__bench/language-swap.html`);
    const { switches } = await referenceLanguages(swap, codes, captured);
    samples.languages.reference.push(...switches);
  } finally {
    await swap.close();
  }
}
