import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { test, expect } from './support/fixtures';
import { reachScreen } from './support/journey';

/**
 * The printed take-home list, checked the way a printer sees it: the page is printed to PDF by
 * Chromium (print media, the print stylesheet) and read back with poppler's pdftotext.
 */
const SETTINGS_KEY = 'b12kiosk.settings.v1';
const CHOSEN = ['check-b12', 'medicines'] as const;
const hasPdfToText = spawnSync('pdftotext', ['-v']).error === undefined;

function contentOf(code: string): { suggestedQuestions: Record<string, string>; keyMessages: Record<string, string> } {
  const file = path.resolve(import.meta.dirname, `../../locales/${code}/content.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof contentOf>;
}

async function seedSettings(page: Page, takeHome: Partial<typeof DEFAULT_SETTINGS.takeHome>): Promise<void> {
  const settings = {
    ...DEFAULT_SETTINGS,
    attract: { ...DEFAULT_SETTINGS.attract, clinicName: 'Clínica São José' },
    takeHome: { ...DEFAULT_SETTINGS.takeHome, ...takeHome },
  };
  await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: SETTINGS_KEY,
    value: JSON.stringify(settings),
  });
}

/** The toolbar's language button is named in the current language and shows its name (endonym). */
async function switchLanguage(page: Page, from: string, endonym: string, code: string): Promise<void> {
  await page
    .getByRole('toolbar')
    .getByRole('button', { name: new RegExp(from) })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: new RegExp(`^${endonym}`) })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** Prints the page to PDF at a paper size and returns the text a PDF reader finds in it. */
async function printedText(page: Page, paper: { format: 'A4' | 'Letter' } | { width: string; height: string }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-print-'));
  const file = path.join(dir, 'list.pdf');
  writeFileSync(file, await page.pdf({ ...paper, preferCSSPageSize: false }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return { text, pages };
}

/**
 * Compared without what a PDF reader cannot give back exactly: spaces and line breaks (a long
 * question wraps), bidi controls it adds around right-to-left lines, and Arabic vowel marks,
 * which it may attach to the neighbouring letter (the letters themselves come back in order).
 */
const squeeze = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[\u064b-\u065f\u0670]/gu, '');

test.describe('the printed take-home list', () => {
  test('the button is there only when staff switched printing on', async ({ page }) => {
    await reachScreen(page, 'finish');
    await expect(page.getByRole('button', { name: 'Print my list' })).toHaveCount(0);
    await seedSettings(page, { printEnabled: true });
    await reachScreen(page, 'finish');
    await expect(page.getByRole('button', { name: 'Print my list' })).toBeVisible();
  });

  test('pressing it prints through the browser (its print dialog)', async ({ page }) => {
    await seedSettings(page, { printEnabled: true });
    await page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => void ((window as unknown as { printCalls: number }).printCalls += 1);
    });
    await reachScreen(page, 'finish');
    await page.getByRole('button', { name: 'Print my list' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your list is printing' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  });

  test('as PDF: the chosen questions in Arabic and in Chinese, the key messages, the clinic, on A4, Letter and 80 mm', async ({
    page,
  }) => {
    test.skip(!hasPdfToText && !process.env.CI, 'pdftotext is missing: apt-get install poppler-utils');
    expect(hasPdfToText, 'pdftotext (poppler-utils) must be installed on CI').toBe(true);
    await seedSettings(page, { printEnabled: true });
    await reachScreen(page, 'finish');

    for (const [from, endonym, code] of [
      ['English', 'العربية', 'ar'],
      ['العربية', '简体中文', 'zh-Hans'],
    ] as const) {
      await switchLanguage(page, from, endonym, code);
      const content = contentOf(code);
      await expect(page.getByTestId('print-sheet')).toContainText(content.suggestedQuestions['check-b12'] ?? '-');
      for (const paper of [
        { format: 'A4' as const },
        { format: 'Letter' as const },
        { width: '80mm', height: '600mm' },
      ]) {
        const { text, pages } = await printedText(page, paper);
        const printed = squeeze(text);
        for (const id of CHOSEN) {
          const question = content.suggestedQuestions[id] ?? '-';
          // Chinese comes back whole. In Arabic the reader gets the letters right but may misorder the runs of a
          // wrapped line that holds "B12"; there each word must be there, whole, in its own script.
          if (code === 'zh-Hans') expect(printed, `${code} question ${id}`).toContain(squeeze(question));
          for (const word of question.split(/\s+/)) expect(printed, `${code} question ${id}`).toContain(squeeze(word));
        }
        // Key messages run over several lines, which the reader may interleave with the next item: word by word.
        for (const word of (content.keyMessages['get-help'] ?? '-').split(/\s+/))
          expect(printed, `${code} key message word`).toContain(squeeze(word));
        expect(printed).toContain(squeeze('Clínica São José'));
        // Nothing of the screen around it: no buttons, no other questions.
        expect(printed).not.toContain(squeeze(content.suggestedQuestions['feet'] ?? '-'));
        expect(pages, `${code} on ${JSON.stringify(paper)}`).toBeLessThanOrEqual(2);
      }
    }
  });
});
