/**
 * Helpers for walking the kiosk in any language: the labels a patient sees in
 * that language (English where a translation is missing, exactly as the app
 * falls back), and in-page checks for raw keys, placeholders and overflow.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { valueAt, type StringTree } from '../../../core/content/stringTree';
import { pseudoLocalizeString } from '../../../core/i18n/pseudoLocalize';

const localesDir = path.resolve(import.meta.dirname, '../../../locales');

function readUi(code: string): StringTree {
  const file = path.join(localesDir, code, 'ui.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StringTree) : {};
}

const english = readUi('en');

/** The interface text for `key` as the app shows it in `code` (pseudo: generated from English). */
export function uiLabel(code: string, key: string): string {
  const englishText = valueAt(english, key);
  if (typeof englishText !== 'string') throw new Error(`no English ui string "${key}"`);
  if (code === 'qps') return pseudoLocalizeString(englishText);
  const translated = valueAt(readUi(code), key);
  return typeof translated === 'string' && translated !== '' ? translated : englishText;
}

export const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export interface TextProblems {
  rawKeys: string[];
  placeholders: string[];
  overflowing: string[];
}

/**
 * What a patient must never see on the current screen: an i18n key such as
 * `journey.page.next`, an uninterpolated `{{count}}`, and text wider than its
 * box (scrollWidth beyond clientWidth on headings, paragraphs, list items, buttons).
 */
export async function textProblems(page: Page): Promise<TextProblems> {
  return page.evaluate(() => {
    const text = document.body.innerText;
    const rawKeys = [...text.matchAll(/\b[a-z]+(\.[a-zA-Z0-9-]+){2,}\b/g)]
      .map((m) => m[0])
      .filter((s) => !/^(www\.|[a-z0-9-]+\.(org|com|gov|nhs|uk|int|net)\b)/.test(s));
    const placeholders = [...text.matchAll(/\{\{[^}]*\}\}|\$t\(|TODO|TRANSLATE/g)].map((m) => m[0]);
    const overflowing: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(
      'h1, h2, h3, p, li, button, label, dt, dd, figcaption',
    )) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || element.clientWidth === 0) continue; // hidden or inline
      if (element.closest('dialog:not([open])')) continue;
      // Screen-reader-only text is clipped to 1 px on purpose.
      if (element.closest('.visually-hidden')) continue;
      if (element.scrollWidth > element.clientWidth + 1)
        overflowing.push(
          `${element.tagName.toLowerCase()} "${element.innerText.slice(0, 60)}" ${element.scrollWidth}>${element.clientWidth}`,
        );
    }
    return { rawKeys, placeholders, overflowing };
  });
}

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

/** Every problem on the current screen, labelled with where it was seen. */
export async function labelledProblems(page: Page, where: string): Promise<string[]> {
  const { width, height } = page.viewportSize() ?? LANDSCAPE;
  const { rawKeys, placeholders, overflowing } = await textProblems(page);
  const label = `${where} @${width}×${height}`;
  return [
    ...rawKeys.map((k) => `${label}: raw key ${k}`),
    ...placeholders.map((p) => `${label}: placeholder ${p}`),
    ...overflowing.map((o) => `${label}: overflow ${o}`),
  ];
}

/** Checks the current screen at both kiosk orientations, ending in landscape. */
export async function problemsAtBothSizes(page: Page, where: string): Promise<string[]> {
  await page.setViewportSize(PORTRAIT);
  const portrait = await labelledProblems(page, where);
  await page.setViewportSize(LANDSCAPE);
  return [...portrait, ...(await labelledProblems(page, where))];
}

/** Characters of `sample` that no loaded bundled face in `families` can draw (a missing-glyph box). */
export async function glyphsWithoutFont(page: Page, sample: string, families: readonly string[]): Promise<string[]> {
  return page.evaluate(
    async ({ sample, families }) => {
      const missing: string[] = [];
      for (const ch of new Set([...sample].filter((c) => /\S/.test(c)))) {
        let drawn = false;
        for (const family of families) {
          if ((await document.fonts.load(`16px "${family}"`, ch)).length > 0) {
            drawn = true;
            break;
          }
        }
        if (!drawn) missing.push(ch);
      }
      return missing;
    },
    { sample, families: [...families] },
  );
}
