/**
 * Every language end to end: chosen on the picker, the guided path walked page
 * by page, `<html lang dir>` right, no raw key or placeholder on screen, no text
 * wider than its box (in landscape at the default text size, then in portrait
 * at the largest), the script drawn by its bundled font, and a screenshot of the
 * first content page kept as an artifact. Then, at the largest size, the
 * question list, finish and About screens at all three kiosk screen sizes:
 * targets stay 64×64, nothing clips or scrolls sideways.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { guidedPath } from '../../core/content';
import { fontFamilyFor } from '../../core/i18n/fonts';
import { LANGUAGES, type LanguageInfo } from '../../core/languages';
import { expect, openKiosk, test } from './support/fixtures';
import { expectScreen } from './support/journey';
import { exactly, glyphsWithoutFont, labelledProblems, LANDSCAPE, PORTRAIT, uiLabel } from './support/languages';
import { layoutProblems } from './support/layout';

// The attract button breathes; reduced motion holds it still so taps land (and exercises that path too).
test.use({ reducedMotion: 'reduce' });
// Each test walks the whole guided path twice (landscape and portrait); allow for a busy CI machine.
test.describe.configure({ timeout: 300_000 });

const html = (page: Page) => page.locator('html');
const pageId = (page: Page) => page.locator('article[data-page-id]').getAttribute('data-page-id');

/** Attract → picker → the language's own name. */
async function chooseOnPicker(page: Page, language: LanguageInfo): Promise<void> {
  await page.getByRole('button', { name: exactly(uiLabel('en', 'attract.startButton')) }).click();
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: exactly(language.endonym) }).click();
  await expectScreen(page, 'topics');
}

/** From the topic menu through every page of the guided path to its check, collecting problems on each screen. */
async function walkOnce(page: Page, code: string, onFirstPage: () => Promise<void>): Promise<string[]> {
  const problems = await labelledProblems(page, 'topics');
  await page.getByRole('button', { name: exactly(uiLabel(code, 'journey.topics.startHere')) }).click();
  await expectScreen(page, 'page');
  const progress = page.locator('.patient-frame__eyebrow .progress__text');
  const next = page.getByRole('button', { name: uiLabel(code, 'nav.next'), exact: true });
  // At the largest size a page may split into parts: Next then stays on the page and shows its next part.
  for (let step = 1; ; step += 1) {
    const id = (await pageId(page)) ?? `step ${step}`;
    const shown = (await progress.textContent()) ?? '';
    problems.push(...(await labelledProblems(page, `page ${id} (${shown})`)));
    if (step === 1) await onFirstPage();
    if (!(await next.isVisible())) break;
    if (step > guidedPath().length * 6) throw new Error('the guided path did not end');
    await next.click();
    await expect(progress).not.toHaveText(shown);
  }
  await page.getByRole('button', { name: exactly(uiLabel(code, 'journey.page.checkNext')) }).click();
  await expectScreen(page, 'check');
  problems.push(...(await labelledProblems(page, 'check')));
  return problems;
}

/**
 * The walk in landscape at the default text size, then again in portrait at the
 * largest (one resize each, not one per page), then the rest of the journey at
 * the largest size at every kiosk screen size.
 */
async function walkGuidedPath(page: Page, code: string, onFirstPage: () => Promise<void>): Promise<string[]> {
  const home = page.getByRole('button', { name: exactly(uiLabel(code, 'nav.home')) });
  await page.setViewportSize(LANDSCAPE);
  const problems = await walkOnce(page, code, onFirstPage);
  await home.click();
  await expectScreen(page, 'topics');
  await page.getByRole('button', { name: uiLabel(code, 'display.sizes.largest'), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  await page.setViewportSize(PORTRAIT);
  problems.push(...(await walkOnce(page, code, async () => undefined)));
  await page.setViewportSize(LANDSCAPE);
  await home.click();
  await page.getByRole('button', { name: exactly(uiLabel(code, 'journey.topics.myQuestions')) }).click();
  await expectScreen(page, 'questions');
  await page.getByRole('main').getByRole('button', { pressed: false }).first().click();
  problems.push(...(await layoutProblems(page, 'questions', 'largest')));
  await page.getByRole('button', { name: exactly(uiLabel(code, 'journey.questions.seeList')) }).click();
  await expectScreen(page, 'finish');
  problems.push(...(await layoutProblems(page, 'finish', 'largest')));
  await page.getByRole('button', { name: exactly(uiLabel(code, 'journey.finish.about')) }).click();
  await expectScreen(page, 'about');
  problems.push(...(await layoutProblems(page, 'about', 'largest')));
  return problems;
}

/** The heading's text must be drawn by the language's own bundled font, with no character left to a fallback box. */
async function fontProblems(page: Page, language: LanguageInfo): Promise<string[]> {
  const heading = page.getByRole('heading', { level: 1 });
  const sample = (await heading.textContent()) ?? '';
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const stack = await heading.evaluate((el) =>
    getComputedStyle(el)
      .fontFamily.split(',')
      .map((f) => f.trim().replace(/^["']|["']$/g, '')),
  );
  const primary = fontFamilyFor(language);
  const letters = [...sample].filter((ch) => /\p{L}/u.test(ch)).join('');
  return [
    ...(stack[0] === primary ? [] : [`heading font stack starts with ${stack[0]}, expected ${primary}`]),
    ...(await glyphsWithoutFont(page, letters, [primary])).map((ch) => `"${ch}" not in ${primary}`),
    ...(await glyphsWithoutFont(page, sample, stack)).map((ch) => `"${ch}" has no bundled font at all`),
  ];
}

for (const language of LANGUAGES) {
  test(`${language.englishName} (${language.code}): guided path reads cleanly in its own script and direction, at the default and the largest size`, async ({
    page,
  }, testInfo) => {
    await openKiosk(page);
    await chooseOnPicker(page, language);
    await expect(html(page)).toHaveAttribute('lang', language.code);
    await expect(html(page)).toHaveAttribute('dir', language.dir);

    let fonts: string[] = [];
    const problems = await walkGuidedPath(page, language.code, async () => {
      fonts = await fontProblems(page, language);
      // test-results/languages/<code>.png (under --output when a run moves its results).
      const screenshotsDir = path.join(testInfo.project.outputDir, 'languages');
      mkdirSync(screenshotsDir, { recursive: true });
      const file = path.join(screenshotsDir, `${language.code}.png`);
      await page.screenshot({ path: file });
      await testInfo.attach(`${language.code} first content page`, { path: file, contentType: 'image/png' });
    });
    expect(fonts, 'characters not drawn by the bundled font').toEqual([]);
    expect(problems, 'raw keys, placeholders, overflowing text, small targets or sideways scrolling').toEqual([]);
    await expect(html(page)).toHaveAttribute('lang', language.code);
  });
}

test('pseudo-locale (?lang=qps): long accented text never overflows or hides a key', async ({ page }) => {
  await openKiosk(page, '/?lang=qps');
  await page.getByRole('button', { name: exactly(uiLabel('qps', 'attract.startButton')) }).click();
  await expectScreen(page, 'language');
  // The picker lists real languages only: the pseudo-locale is never offered.
  await expect(page.getByRole('button', { name: /qps|pseudo/i })).toHaveCount(0);
  await page.getByRole('button', { name: /^English/ }).click();
  await expectScreen(page, 'topics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiLabel('qps', 'journey.topics.title'));
  const problems = await walkGuidedPath(page, 'qps', async () => undefined);
  expect(problems).toEqual([]);
});
