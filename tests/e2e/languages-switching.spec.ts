/**
 * Changing language: the toolbar control switches in place (same page, new
 * words), Arabic and Persian lay out right to left with mirrored arrows and
 * progress, and the attract screen cycles its invitation through the languages.
 */
import type { Page } from '@playwright/test';
import { LANGUAGES } from '../../core/languages';
import { expect, openKiosk, test } from './support/fixtures';
import { expectScreen, startInEnglish } from './support/journey';
import { fontFamilyFor } from '../../core/i18n/fonts';
import { exactly, glyphsWithoutFont, uiLabel } from './support/languages';

test.use({ reducedMotion: 'reduce' });

const article = (page: Page) => page.locator('article[data-page-id]');

async function secondGuidedPage(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Start here/ }).click();
  await expectScreen(page, 'page');
  const first = await article(page).getAttribute('data-page-id');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(article(page)).not.toHaveAttribute('data-page-id', first ?? '');
  return (await article(page).getAttribute('data-page-id')) ?? '';
}

test('the picker lists every language by its own name, in order, each drawn in its own bundled font', async ({
  page,
}, testInfo) => {
  await openKiosk(page);
  await page.getByRole('button', { name: 'Touch to start' }).click();
  await expectScreen(page, 'language');
  const buttons = page.getByRole('main').getByRole('button');
  await expect(buttons).toHaveCount(LANGUAGES.length);
  const langs = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
  expect(langs).toEqual(LANGUAGES.map((l) => l.code));
  const missing: string[] = [];
  for (const language of LANGUAGES) {
    await expect(page.getByRole('button', { name: exactly(language.endonym) })).toHaveAttribute('dir', language.dir);
    const letters = [...language.endonym].filter((ch) => /\p{L}/u.test(ch)).join('');
    missing.push(
      ...(await glyphsWithoutFont(page, letters, [fontFamilyFor(language)])).map((ch) => `${language.code}: "${ch}"`),
    );
  }
  expect(missing, 'endonym letters not drawn by their bundled font').toEqual([]);
  const shot = testInfo.outputPath('language-picker.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('language picker', { path: shot, contentType: 'image/png' });
});

test('the language control switches language on the same page', async ({ page }) => {
  await startInEnglish(page);
  const pageId = await secondGuidedPage(page);
  await page.getByRole('button', { name: /^Language/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose your language' });
  await expect(dialog).toBeVisible();
  // Each language is named in its own language, tagged so screen readers pronounce it right.
  await expect(dialog.getByRole('button', { name: /^Español/ })).toHaveAttribute('lang', 'es');
  await dialog.getByRole('button', { name: /^Español/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectScreen(page, 'page');
  await expect(article(page)).toHaveAttribute('data-page-id', pageId);
  await expect(page.getByRole('button', { name: uiLabel('es', 'nav.next'), exact: true })).toBeVisible();
});

for (const code of ['ar', 'fa'] as const) {
  test(`${code} is right to left: mirrored arrows, Next on the left, progress filling from the right`, async ({
    page,
  }) => {
    const language = LANGUAGES.find((l) => l.code === code);
    if (!language) throw new Error(`${code} left the catalogue`);
    await openKiosk(page);
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await page.getByRole('button', { name: exactly(language.endonym) }).click();
    await expectScreen(page, 'topics');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('button', { name: exactly(uiLabel(code, 'journey.topics.startHere')) }).click();
    await expectScreen(page, 'page');

    const next = page.getByRole('button', { name: uiLabel(code, 'nav.next'), exact: true });
    const back = page.getByRole('button', { name: uiLabel(code, 'nav.back'), exact: true });
    const nextBox = await next.boundingBox();
    const backBox = await back.boundingBox();
    expect(nextBox && backBox && nextBox.x < backBox.x, 'Next sits at the reading end (left)').toBe(true);
    const arrowTransform = await next.locator('svg').evaluate((svg) => getComputedStyle(svg).transform);
    expect(arrowTransform).toBe('matrix(-1, 0, 0, 1, 0, 0)');

    const edges = await page.evaluate(() => {
      const bar = document.querySelector('.progress__bar')?.getBoundingClientRect();
      const fill = document.querySelector('.progress__fill')?.getBoundingClientRect();
      return bar && fill
        ? { barRight: bar.right, fillRight: fill.right, fillWidth: fill.width, barWidth: bar.width }
        : null;
    });
    expect(edges, 'progress bar drawn').not.toBeNull();
    expect(Math.abs((edges?.barRight ?? 0) - (edges?.fillRight ?? 1))).toBeLessThanOrEqual(1);
    expect(edges?.fillWidth ?? 0).toBeLessThan(edges?.barWidth ?? 0);
  });
}

test('the attract screen: "Touch to start" in every offered language at once, each in its own script, never twice; a tap anywhere starts', async ({
  page,
}) => {
  await openKiosk(page);
  const start = page.getByRole('button', { name: 'Touch to start', exact: true });
  await expect(start).toBeVisible();
  const phrases = page.getByTestId('touch-to-start-phrases').getByRole('listitem', { includeHidden: true });
  const shown = await phrases.evaluateAll((items) =>
    items.map((el) => ({
      lang: el.getAttribute('lang') ?? '',
      dir: el.getAttribute('dir') ?? '',
      script: el.getAttribute('data-script') ?? '',
      text: el.textContent ?? '',
      visible: el.getBoundingClientRect().height > 0,
    })),
  );
  const defaultLine = uiLabel('en', 'attract.touchToStart');
  // Every other language whose words differ from a line already shown: 15 languages, none repeated.
  expect(shown.map((p) => p.text)).not.toContain(defaultLine);
  expect(new Set(shown.map((p) => p.text)).size).toBe(shown.length);
  expect(shown.length).toBe(LANGUAGES.length - 1);
  for (const phrase of shown) {
    const language = LANGUAGES.find((l) => l.code === phrase.lang);
    expect(phrase.dir).toBe(language?.dir ?? 'missing');
    expect(phrase.script).toBe(language?.script ?? 'missing');
    expect(phrase.text).toBe(uiLabel(phrase.lang, 'attract.touchToStart'));
    expect(phrase.visible).toBe(true);
  }
  // The whole screen is the button: a tap near a corner (not the staff corners) starts too.
  const size = page.viewportSize() ?? { width: 1920, height: 1080 };
  await page.mouse.click(size.width * 0.15, size.height * 0.85);
  await expect(page.locator('html')).toHaveAttribute('data-screen', 'language');
});
