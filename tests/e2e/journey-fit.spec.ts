/**
 * A patient sees every word of every screen: at 1920×1080, 1080×1920 and
 * 1366×768, at every text size, in English, Arabic and Chinese. Each screen either
 * fits or shows the large "More below" button; no word sits under a bar; long pages
 * split into parts that are each whole, and every word is on screen in some part.
 * Screenshots of every screen (default and largest size) are kept in
 * test-results/screens/ for people to look at (CI keeps them as artifacts).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS, TEXT_SIZES, type TextSize } from '../../core/settings/schema';
import { languageInfo, type LanguageCode } from '../../core/languages';
import { SETTINGS_STORAGE_KEY } from '../../renderer/host/browserData';
import { expect, openKiosk, test } from './support/fixtures';
import { expectScreen } from './support/journey';
import { measureFit } from './support/fit';

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1366, height: 768 },
] as const;
const LANGUAGES: readonly LanguageCode[] = ['en', 'ar', 'zh-Hans'];
const SCREENSHOT_SIZES: readonly TextSize[] = ['default', 'largest'];
const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');

test.describe.configure({ timeout: 300_000 });

/** The clinic's settings for this run: the language and text size every patient starts with. */
async function openAs(page: Page, language: LanguageCode, size: TextSize): Promise<void> {
  const settings = {
    ...DEFAULT_SETTINGS,
    languages: { ...DEFAULT_SETTINGS.languages, default: language },
    display: { defaultTextSize: size },
  };
  if (!page.url().startsWith('http')) await openKiosk(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    SETTINGS_STORAGE_KEY,
    JSON.stringify(settings),
  ] as const);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
}

class Walk {
  private shot = 0;
  readonly problems: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly where: string,
    private readonly screenshots: string | null,
  ) {}

  /** Measures the screen as it is; keeps a screenshot of it. */
  async look(name: string): Promise<Awaited<ReturnType<typeof measureFit>>> {
    const fit = await measureFit(this.page);
    this.problems.push(...fit.problems.map((problem) => `${this.where} ${name}: ${problem}`));
    if (fit.moreBelow) {
      const box = await this.page.locator('.patient-frame__more').boundingBox();
      if (!box || box.height < 64) this.problems.push(`${this.where} ${name}: "More below" is smaller than 64 px`);
    }
    if (this.screenshots) {
      this.shot += 1;
      const file = `${String(this.shot).padStart(2, '0')}-${name}.png`;
      await this.page.screenshot({ path: path.join(this.screenshots, file) });
    }
    return fit;
  }

  /** Steps through a paged path to its end, checking every part and that each page's words all appeared. */
  async readPages(label: string): Promise<void> {
    const forward = this.page.locator('.patient-frame__forward');
    for (let guard = 0; guard < 80; guard += 1) {
      const pageId = (await this.page.locator('main article').getAttribute('data-page-id')) ?? '?';
      const seen = new Set<number>();
      let count: number;
      for (;;) {
        const fit = await this.look(`${label}-${pageId}`);
        fit.pagedVisible.forEach((index) => seen.add(index));
        count = fit.pagedCount;
        const text = await this.page.locator('.patient-frame__eyebrow .progress__text').textContent();
        await forward.click();
        const screen = await this.page.locator('html').getAttribute('data-screen');
        if (screen !== 'page') {
          this.checkAllSeen(pageId, seen, count, label);
          return;
        }
        const nextId = await this.page.locator('main article').getAttribute('data-page-id');
        if (nextId !== pageId) break;
        await expect(this.page.locator('.patient-frame__eyebrow .progress__text')).not.toHaveText(text ?? '');
      }
      this.checkAllSeen(pageId, seen, count, label);
    }
    throw new Error(`${this.where}: ${label} never ended`);
  }

  private checkAllSeen(pageId: string, seen: ReadonlySet<number>, count: number, label: string): void {
    if (seen.size < count)
      this.problems.push(`${this.where} ${label}-${pageId}: ${count - seen.size} of ${count} text pieces never shown`);
  }
}

for (const language of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`every word is seen: ${language} at ${viewport.width}×${viewport.height}, every text size`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const problems: string[] = [];
      for (const size of TEXT_SIZES) {
        const shots = SCREENSHOT_SIZES.includes(size)
          ? path.join(screensDir, `${language}-${viewport.width}x${viewport.height}-${size}`)
          : null;
        if (shots) mkdirSync(shots, { recursive: true });
        await openAs(page, language, size);
        const walk = new Walk(page, `${language} ${viewport.width}×${viewport.height} ${size}`, shots);
        await walk.look('attract');
        await page.mouse.click(viewport.width / 2, viewport.height / 2);
        await expectScreen(page, 'language');
        await walk.look('language');
        await page
          .getByRole('button', { name: new RegExp(languageInfo(language).endonym) })
          .first()
          .click();
        await expectScreen(page, 'topics');
        await walk.look('topics');

        await page.locator('.topics__start').click();
        await expectScreen(page, 'page');
        await walk.readPages('short');
        await expectScreen(page, 'check');
        for (let question = 0; question < 4; question += 1) {
          if ((await page.locator('html').getAttribute('data-screen')) !== 'check') break;
          await walk.look(`check-${question + 1}`);
          await page.locator('.check__choice').first().click();
          await walk.look(`check-${question + 1}-answered`);
          await page.locator('.patient-frame__forward').click();
        }
        await expectScreen(page, 'questions');
        await page.locator('.questions__toggle').first().click();
        await walk.look('questions');
        await page.locator('.patient-frame__forward').click();
        await expectScreen(page, 'finish');
        await expect(page.locator('.finish__qr-image')).toBeVisible();
        await walk.look('finish');
        // As a patient does: "More below" until the end, then About.
        for (let presses = 0; presses < 20 && (await page.locator('.patient-frame__more').isVisible()); presses += 1)
          await page.locator('.patient-frame__more').click();
        await page.locator('.finish__actions .button').first().click();
        await expectScreen(page, 'about');
        await walk.look('about');
        await page.locator('.patient-frame__help').click();
        await expectScreen(page, 'page');
        await walk.readPages('help');
        problems.push(...walk.problems);
      }
      expect(problems).toEqual([]);
    });
  }
}
