/**
 * `npm run recordings:script -- --lang <code> [--out <folder>]`: writes the
 * narration script for one language as `<code>-narration.csv` and a printable
 * `<code>-narration.html` (default folder: ./recording-scripts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguageCode, LANGUAGE_CODES, languageInfo } from '../../core/languages';
import { narrationScript } from '../../core/recordings/narrationScript';
import { localeText } from './localeText';
import { narrationCsv, narrationHtml } from './scriptFiles';

export async function writeNarrationScript(language: string, outDir: string): Promise<{ csv: string; html: string }> {
  const { translate, fellBackToEnglish } = await localeText(language);
  const pages = narrationScript(language, translate);
  mkdirSync(outDir, { recursive: true });
  const csv = path.join(outDir, `${language}-narration.csv`);
  const html = path.join(outDir, `${language}-narration.html`);
  writeFileSync(csv, narrationCsv(pages));
  writeFileSync(html, narrationHtml(languageInfo(language), pages, fellBackToEnglish));
  console.log(`${pages.length} pages, ${pages.reduce((n, page) => n + page.blocks.length, 0)} lines to read.`);
  if (fellBackToEnglish.size > 0) {
    console.warn(`warning: ${fellBackToEnglish.size} text(s) are not translated yet and appear in English.`);
  }
  return { csv, html };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { lang: { type: 'string' }, out: { type: 'string', default: 'recording-scripts' } },
    strict: true,
  });
  if (!values.lang || !isLanguageCode(values.lang)) {
    console.error(
      `usage: npm run recordings:script -- --lang <code> [--out <folder>]\n` +
        `${values.lang ? `"${values.lang}" is not a kiosk language. ` : ''}Codes: ${LANGUAGE_CODES.join(', ')}`,
    );
    return 2;
  }
  const written = await writeNarrationScript(values.lang, path.resolve(values.out));
  console.log(`wrote ${written.csv}\nwrote ${written.html} (open it in a browser and print it)`);
  return 0;
}

if (process.argv[1] === import.meta.filename) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
