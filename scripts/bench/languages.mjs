/* global window, document, getComputedStyle, CSSFontFaceRule */
// First switch to each of the 16 languages, in one page, until the new words are
// painted in their own font; and the same in the plain-HTML reference, which is
// given the kiosk's own words and @font-face rules for each language.
import { readyToTouch } from './browser.mjs';
import { measureTap } from './tap.mjs';

/** Every language once, English last (it is the start language, so its first switch comes back to it). */
export function switchOrder(codes) {
  return [...codes.filter((code) => code !== 'en'), 'en'];
}

/** From attract to the topic menu in English, unmeasured; returns the languages the picker offered. */
async function toTopics(page) {
  const start = page.locator('html[data-screen="attract"] main button').first();
  await measureTap(page, 'start', start, { kind: 'screen', screen: 'language' }, { scroll: false });
  const offered = await page.locator('main button[lang]').evaluateAll((buttons) => buttons.map((b) => b.lang));
  const english = { name: 'English', prefix: true, within: 'main' };
  await measureTap(page, 'English', english, { kind: 'screen', screen: 'topics' });
  return offered;
}

/** What the reference needs to draw what the kiosk drew: the words, the font stack and its @font-face rules. */
function captureLanguage(page) {
  return page.evaluate(() => {
    const heading = document.querySelector('main h1');
    const fontFamily = getComputedStyle(heading).fontFamily;
    const families = fontFamily.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
    const faces = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const family = rule.style
          .getPropertyValue('font-family')
          .trim()
          .replace(/^["']|["']$/g, '');
        if (!families.includes(family)) continue;
        const base = sheet.href ?? document.baseURI;
        faces.push(rule.cssText.replace(/url\("?([^")]+)"?\)/g, (_, url) => `url("${new URL(url, base).href}")`));
      }
    }
    const root = document.documentElement;
    const lines = document
      .querySelector('main')
      .innerText.split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    return { lang: root.lang, dir: root.dir, fontFamily, faces, lines: [heading.innerText.trim(), ...lines] };
  });
}

/** The font Chromium actually drew the heading with (DevTools protocol), to prove "in its own font". */
async function platformFonts(cdp) {
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(', ');
}

/**
 * One kiosk run through every offered language (or `codes`). With `capture`, also
 * returns what each looked like and which codes were offered.
 */
export async function kioskLanguages(opened, codes, { capture = false } = {}) {
  const { page, cdp } = opened;
  await readyToTouch(page);
  const offered = await toTopics(page);
  codes ??= offered;
  if (capture) await Promise.all([cdp.send('DOM.enable'), cdp.send('CSS.enable')]);
  const switches = [];
  const captured = {};
  for (const code of switchOrder(codes)) {
    await measureTap(page, 'Language', page.locator('[role="toolbar"] button[aria-haspopup="dialog"]').first(), {
      kind: 'shown',
      selector: 'dialog[open]',
    });
    const option = page.locator(`dialog[open] button[lang="${code}"]`);
    const tap = await measureTap(page, code, option, { kind: 'language', lang: code });
    switches.push({ ...tap, bytes: await bytesSince(page, tap.at) });
    if (capture) captured[code] = { ...(await captureLanguage(page)), drawnWith: await platformFonts(cdp) };
  }
  return { switches, captured, codes };
}

/** The reference: the same words and faces swapped in by plain DOM calls. */
export async function referenceLanguages(opened, codes, captured) {
  const { page } = opened;
  await readyToTouch(page);
  await page.evaluate(async (english) => {
    window.showLanguage(english);
    await document.fonts.ready;
  }, captured.en);
  const switches = [];
  for (const code of switchOrder(codes)) {
    await page.evaluate((next) => (window.nextLanguage = next), captured[code]);
    const tap = await measureTap(page, code, page.locator('#swap'), { kind: 'language', lang: code });
    switches.push({ ...tap, bytes: await bytesSince(page, tap.at) });
  }
  return { switches };
}

function bytesSince(page, from) {
  return page.evaluate(
    (start) =>
      window.performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= start - 1)
        .reduce((sum, entry) => sum + (entry.encodedBodySize || 0), 0),
    from,
  );
}
