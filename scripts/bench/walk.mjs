/* global window */
// A full patient walk in English by the buttons' accessible names (the test
// contract's names), every tap measured: attract → language → topics → every page
// of the guided path (with the toolbar's controls and Back on the way) → the check
// → the question list → finish (with the QR code) → attract again.
import { measureTap } from './tap.mjs';

const screenIs = (screen) => ({ kind: 'screen', screen });
const CHANGED = { kind: 'changed' };
const shown = (selector) => ({ kind: 'shown', selector });
const gone = (selector) => ({ kind: 'gone', selector });

/** Whether the probe's finder sees such a button now. */
const exists = (page, spec) => page.evaluate((find) => window.__bench.find(find) !== null, spec);

/** The toolbar's own controls, once, on the first content page. */
async function toolbarTaps(page, tap) {
  const size = (name) => ({ name });
  await tap(
    'toolbar: Larger text',
    size('Larger text'),
    shown('button[aria-label="Larger text"][aria-pressed="true"]'),
  );
  await tap(
    'toolbar: Normal text',
    size('Normal text'),
    shown('button[aria-label="Normal text"][aria-pressed="true"]'),
  );
  const contrast = { name: 'High contrast' };
  await tap('toolbar: High contrast', contrast, shown('button[aria-label="High contrast"][aria-pressed="true"]'));
  await tap('toolbar: High contrast', contrast, shown('button[aria-label="High contrast"][aria-pressed="false"]'));
  await tap(
    'toolbar: Language (open)',
    { name: 'Language', prefix: true, within: '[role="toolbar"]' },
    shown('dialog[open]'),
  );
  await tap('dialog: Close', { name: 'Close', within: 'dialog[open]' }, gone('dialog[open]'));
}

/** Walks once; returns the taps and the walk's [start, end) in page time. */
export async function walkJourney(page) {
  const taps = [];
  const tap = async (label, locator, condition, options) => {
    const measured = await measureTap(page, label, locator, condition, options);
    taps.push(measured);
    return measured.screen;
  };
  const start = await page.evaluate(() => window.performance.now());

  const attract = page.locator('html[data-screen="attract"] main button').first();
  await tap('attract: Touch to start', attract, screenIs('language'), { scroll: false });
  await tap('language: English', { name: 'English', prefix: true, within: 'main' }, screenIs('topics'));
  await tap('topics: Start here', { name: 'Start here', prefix: true, within: 'main' }, screenIs('page'));
  let screen = 'page';
  await toolbarTaps(page, tap);

  const next = { name: 'Next' };
  const toCheck = { name: 'Check', prefix: true };
  let pages = 0;
  while (screen === 'page') {
    if (await exists(page, toCheck)) {
      screen = await tap('page: Check what you learned', toCheck, screenIs('check'));
      break;
    }
    screen = await tap('page: Next', next, CHANGED);
    pages += 1;
    if (pages === 1) {
      await tap('page: Back', { name: 'Back', last: true }, CHANGED);
      await tap('page: Next', next, CHANGED);
    }
    if (pages > 200) throw new Error('bench: the guided path never reached its check');
  }

  const answer = page.locator('main [role="group"] button').first();
  const nextQuestion = { name: 'Next question' };
  const toList = { name: 'Make my question list' };
  while (screen === 'check') {
    await tap('check: answer', answer, CHANGED);
    if (await exists(page, toList)) screen = await tap('check: Make my question list', toList, screenIs('questions'));
    else screen = await tap('check: Next question', nextQuestion, CHANGED);
  }

  const question = page.locator('main button[aria-pressed]').first();
  await tap('questions: pick a question', question, CHANGED);
  await tap('questions: See my list', { name: 'See my list' }, screenIs('finish'));
  const seeList = taps.at(-1);
  const qr = await qrPainted(page, seeList.at);
  await tap('finish: Start again', { name: 'Start again' }, screenIs('attract'));
  const end = await page.evaluate(() => window.performance.now());
  return { taps, start, end, qrAfterTap: qr };
}

/** Milliseconds from the "See my list" press until the QR code is on screen and painted. */
function qrPainted(page, downAt) {
  return page.evaluate(
    (from) =>
      new Promise((resolve) => {
        const poll = () =>
          window.requestAnimationFrame(() => {
            const image = window.document.querySelector('main img[alt*="QR"], main svg[aria-label*="QR"]');
            if (image && image.getBoundingClientRect().width > 0)
              window.requestAnimationFrame(() => resolve(Math.round((window.performance.now() - from) * 10) / 10));
            else poll();
          });
        poll();
      }),
    downAt,
  );
}
