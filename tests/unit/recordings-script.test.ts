/** The narration script: every page, in reading order, with the words the kiosk shows, as CSV and a printable page. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { allPages } from '../../core/content';
import { narrationScript } from '../../core/recordings/narrationScript';
import { CONTENT } from '../../core/content/structure';
import en from '../../locales/en/content.json';
import enUi from '../../locales/en/ui.json';
import { localeText } from '../../scripts/recordings/localeText';
import { writeNarrationScript } from '../../scripts/recordings/script';

describe('narrationScript', () => {
  it('lists every page a patient can open once (short path first), in order, named <lang>/<pageId>.mp3', async () => {
    const { translate } = await localeText('so');
    const pages = narrationScript('so', translate);
    expect(pages.map((page) => page.pageId)).toEqual(allPages().map((page) => page.id));
    expect(pages.map((page) => page.order)).toEqual(pages.map((_, index) => index + 1));
    expect(pages[0]?.fileName).toBe('so/key-neuropathy.mp3');
    expect(pages.every((page) => page.blocks.length >= 3 && page.blocks.every((text) => text.length > 0))).toBe(true);
  });

  it('reads the topic line, heading, words, list items and captions as the screen shows them', async () => {
    const { translate, fellBackToEnglish } = await localeText('en');
    const page = narrationScript('en', translate).find((candidate) => candidate.pageId === 'key-neuropathy');
    const words = en.pages['key-neuropathy'];
    // On the short path the line above the heading is the topic's title alone.
    expect(page?.blocks).toEqual([
      en.topics.neuropathy.title,
      words.h,
      words.text,
      en.illustrations['hands-feet-tingling'].caption,
    ]);
    const topicPage = narrationScript('en', translate).find((candidate) => candidate.pageId === 'help-emergency');
    expect(topicPage?.blocks.slice(0, 2)).toEqual([
      `${enUi.journey.page.tier.emergency} ${enUi.journey.page.topicOf
        .replace('{{index}}', String(CONTENT.topics.findIndex((topic) => topic.id === 'get-help') + 1))
        .replace('{{count}}', String(CONTENT.topics.length))
        .replace('{{title}}', en.topics['get-help'].title)}`,
      en.pages['help-emergency'].h,
    ]);
    expect(fellBackToEnglish.size).toBe(0);
  });

  it('says which texts of a language are still English', async () => {
    const locales = mkdtempSync(path.join(tmpdir(), 'locales-'));
    cpSync('locales/en', path.join(locales, 'en'), { recursive: true });
    cpSync('locales/so', path.join(locales, 'so'), { recursive: true });
    const somali = JSON.parse(readFileSync(path.join(locales, 'so/content.json'), 'utf8')) as {
      pages: Record<string, Record<string, unknown>>;
    };
    delete somali.pages['key-b12']?.text;
    writeFileSync(path.join(locales, 'so/content.json'), JSON.stringify(somali));
    const { translate, fellBackToEnglish } = await localeText('so', locales);
    const page = narrationScript('so', translate).find((candidate) => candidate.pageId === 'key-b12');
    expect([...fellBackToEnglish]).toEqual(['content:pages.key-b12.text']);
    expect(page?.blocks).toContain(en.pages['key-b12'].text);
    rmSync(locales, { recursive: true });
  });
});

describe('npm run recordings:script output', () => {
  it('writes a CSV that reads back to one row per page, and a printable page in the language and its direction', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'script-'));
    const written = await writeNarrationScript('ar', out);
    const csv = readFileSync(written.csv, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(allPages().length);
    expect(rows[0]).toMatchObject({
      order: '1',
      topic: 'neuropathy',
      page_id: 'key-neuropathy',
      file_name: 'ar/key-neuropathy.mp3',
    });
    expect(rows[0]?.text?.split('\n').length).toBeGreaterThanOrEqual(3);
    expect(rows[0]?.text).toMatch(/\p{Script=Arabic}/u);
    const html = readFileSync(written.html, 'utf8');
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html.match(/<section>/g)).toHaveLength(allPages().length);
    expect(html).toContain('ar/key-neuropathy.mp3');
    expect(html).not.toMatch(/<script/i);
  });
});
