/* global window */
// A full patient walk in English by the buttons' accessible names (the test
// contract's names), every tap measured: attract → language → topics → "Start here"
// → every page of the short path (with the toolbar's controls, "Need help now?",
// "I've been called" and Back on the way) → the check → the question list → finish
// (with the QR code) → attract again.
import { measureTap } from './tap.mjs';

const screenIs = (screen) => ({ kind: 'screen', screen });
const CHANGED = { kind: 'changed' };
const shown = (selector) => ({ kind: 'shown', selector });
const gone = (selector) => ({ kind: 'gone', selector });

// The frame's bars (renderer/patient/frame/PatientFrame.tsx): Home and "Need help now?"
// on top, Back, "I've been called" and the forward button at the bottom.
const TOP_BAR = '.patient-frame__nav';
const BOTTOM_BAR = '.patient-frame__bottom';

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

const heading = (page) => page.evaluate(() => window.document.querySelector('main h1')?.textContent ?? '');

/** "Need help now?" opens the emergency page; Back (as often as it takes) returns to where the patient was. */
async function helpAndBack(page, tap, back) {
  const was = await heading(page);
  await tap('top bar: Need help now?', { name: 'Need help now?', within: TOP_BAR }, CHANGED);
  for (let steps = 0; (await heading(page)) !== was; steps += 1) {
    if (steps > 20) throw new Error('bench: Back never returned from the emergency page');
    await tap('page: Back', back, CHANGED);
  }
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
  const back = { name: 'Back', within: BOTTOM_BAR };
  await helpAndBack(page, tap, back);

  const next = { name: 'Next', within: BOTTOM_BAR };
  const toCheck = { name: 'Check', prefix: true, within: BOTTOM_BAR };
  const called = { name: "I've been called", prefix: true, within: BOTTOM_BAR };
  let pages = 0;
  while (screen === 'page') {
    if (await exists(page, toCheck)) {
      screen = await tap('page: Check what you learned', toCheck, screenIs('check'));
      break;
    }
    screen = await tap('page: Next', next, CHANGED);
    pages += 1;
    if (pages === 1) {
      await tap('page: Back', back, CHANGED);
      await tap('page: Next', next, CHANGED);
    }
    if (pages === 2) {
      // Called in mid-path: the list and QR code at once, then Back to the same page.
      await tap("bottom bar: I've been called", called, screenIs('finish'));
      await tap('finish: Back', back, screenIs('page'));
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
