/**
 * A patient who chose another language meets no English on the finish screen:
 * not the list's heading, not the QR code's heading or its alt text, not a
 * button. Checked for every shipped language against the real locale files: a
 * visible text that is an English string of the kiosk, and not that language's
 * own word for the same thing, is a failure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type LanguageCode } from '../../core/languages';
import { expect, openKiosk, test } from './support/fixtures';
import { expectScreen, tapAttract } from './support/journey';

const localesDir = path.resolve(import.meta.dirname, '../../locales');

function strings(code: LanguageCode): Set<string> {
  const values = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') values.add(node.trim());
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  for (const ns of ['ui', 'content']) walk(JSON.parse(readFileSync(path.join(localesDir, code, `${ns}.json`), 'utf8')));
  return values;
}

const english = strings('en');

for (const { code, endonym } of LANGUAGES.filter((language) => language.code !== 'en')) {
  test(`the finish screen in ${code} shows no English`, async ({ page }) => {
    const own = strings(code);
    await openKiosk(page);
    await tapAttract(page);
    await expectScreen(page, 'language');
    await page.locator('.language-option').filter({ hasText: endonym }).click();
    await expectScreen(page, 'topics');
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await page.locator('.topics__more button').first().click();
    await expectScreen(page, 'questions');
    await page.locator('.questions__toggle').first().click();
    await page.locator('.patient-frame__forward').click();
    await expectScreen(page, 'finish');
    await expect(page.locator('main img[src^="data:image/svg+xml"]')).toBeVisible();

    const shown = await page.evaluate(() => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('[aria-hidden="true"], script, style')) continue;
        if (parent.getClientRects().length === 0) continue;
        texts.push(node.textContent ?? '');
      }
      for (const element of document.querySelectorAll('[alt], [aria-label]'))
        texts.push(element.getAttribute('alt') ?? element.getAttribute('aria-label') ?? '');
      return texts.map((text) => text.trim()).filter((text) => text !== '');
    });
    // Names and "B12" are the same in every language; a string shared with the language's own file is its word too.
    const englishLeft = shown.filter((text) => english.has(text) && !own.has(text) && /\p{L}{3}/u.test(text));
    expect(englishLeft, `English on the ${code} finish screen`).toEqual([]);
  });
}
