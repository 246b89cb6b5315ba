/**
 * A patient who mostly taps forward: six taps in ten press the way on (Next,
 * Start here, an answer, Continue…), the other four any other button on the
 * screen (Back, Home, Learn more, a topic, a question…). Whatever the mix, the
 * walk must reach the check, the question list and the finish screen. Seeded, so
 * a failure can be replayed.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { startInEnglish } from './support/journey';

const MAX_TAPS = 300;
const FORWARD_SHARE = 0.6;
const MUST_REACH = ['check', 'questions', 'finish'] as const;

/** mulberry32: a tiny seeded generator, so every run with a seed taps the same way. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The buttons a patient could press now, as centre points. "Forward" is the big
 * forward button, or on a screen without one the first choice in <main> (Start
 * here on the menu, the first answer on a question). Toolbar dialogs, "I've been
 * called" and "Need help now?" are left out: they are shortcuts, and the walk is
 * to prove the ordinary way through gets there.
 */
async function choices(page: Page): Promise<{ forward: [number, number] | null; others: [number, number][] }> {
  return page.evaluate(() => {
    const centre = (element: Element): [number, number] | null => {
      const box = element.getBoundingClientRect();
      const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
      return inView ? [box.left + box.width / 2, box.top + box.height / 2] : null;
    };
    const usable = (element: Element) =>
      !(element as HTMLButtonElement).disabled &&
      !element.closest('[role="toolbar"], .path-measurer, [aria-hidden="true"]') &&
      !element.matches('.patient-frame__called, .patient-frame__help');
    const buttons = [...document.querySelectorAll('button')].filter(usable);
    const forwardButton =
      document.querySelector('.patient-frame__forward') ?? document.querySelector('main button:not([disabled])');
    const forward = forwardButton && usable(forwardButton) ? centre(forwardButton) : null;
    const others = buttons
      .filter((button) => button !== forwardButton)
      .map(centre)
      .filter((point): point is [number, number] => point !== null);
    return { forward, others };
  });
}

for (const seed of [1, 2, 3, 4, 5]) {
  test(`a mostly-forward patient (seed ${seed}) reaches the check, the question list and the finish screen`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const random = seededRandom(seed);
    await startInEnglish(page);
    const reached = new Set<string>();
    let taps = 0;
    while (taps < MAX_TAPS && !MUST_REACH.every((screen) => reached.has(screen))) {
      const screen = (await page.locator('html').getAttribute('data-screen')) ?? '';
      reached.add(screen);
      if (screen === 'attract') {
        // Start again or a reset: a patient walking on taps the screen again and picks English.
        const size = page.viewportSize() ?? { width: 1920, height: 1080 };
        await page.mouse.click(size.width / 2, size.height / 2);
        await page.getByRole('button', { name: /^English/ }).click();
        taps += 2;
        continue;
      }
      // A screen's code can arrive a moment after data-screen changes: wait for something to tap.
      const tappable = async () => {
        const now = await choices(page);
        return now.forward !== null || now.others.length > 0;
      };
      await expect
        .poll(tappable, { timeout: 5_000 })
        .toBe(true)
        .catch(() => undefined);
      const { forward, others } = await choices(page);
      const goForward = forward !== null && (random() < FORWARD_SHARE || others.length === 0);
      const point = goForward ? forward : others[Math.floor(random() * others.length)];
      if (!point) throw new Error(`seed ${seed}: nothing to tap on "${screen}" after ${taps} taps`);
      await page.mouse.click(point[0], point[1]);
      taps += 1;
    }
    reached.add((await page.locator('html').getAttribute('data-screen')) ?? '');
    expect([...reached].filter((screen) => (MUST_REACH as readonly string[]).includes(screen)).sort(), {
      message: `seed ${seed}: screens reached within ${taps} taps: ${[...reached].join(', ')}`,
    }).toEqual([...MUST_REACH].sort());
  });
}
