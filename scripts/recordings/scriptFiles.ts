/**
 * The narration script in the two forms a clinic needs: a CSV for whoever
 * tracks the recording session (one row per page), and a printable page the
 * voice talent reads from (one card per page, the file name on top).
 */
import { stringify } from 'csv-stringify/sync';
import type { LanguageInfo } from '../../core/languages';
import type { NarrationPage } from '../../core/recordings/narrationScript';
import { RECORDING_GUIDE } from './recordingGuide';

/** Spreadsheet programs guess the encoding of a CSV; the byte-order mark makes them read UTF-8. */
const BYTE_ORDER_MARK = '\uFEFF';

export function narrationCsv(pages: readonly NarrationPage[]): string {
  const rows = pages.map((page) => [page.order, page.topicId, page.pageId, page.fileName, page.blocks.join('\n')]);
  return (
    BYTE_ORDER_MARK +
    stringify([['order', 'topic', 'page_id', 'file_name', 'text'], ...rows], { record_delimiter: '\r\n' })
  );
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `
  body { font: 16px/1.5 system-ui, "Noto Sans", sans-serif; margin: 2rem; color: #111; }
  h1 { font-size: 1.6rem; } .guide { border: 2px solid #333; padding: 0.5rem 1.5rem; margin-block-end: 2rem; }
  .gaps { border: 2px dashed #a00; padding: 0.5rem 1rem; }
  section { border-block-start: 3px solid #333; padding-block: 0.75rem; break-inside: avoid; }
  .file { font: 700 1.1rem ui-monospace, monospace; direction: ltr; unicode-bidi: isolate; }
  .topic { color: #444; } ol.text { font-size: 1.35rem; line-height: 1.7; }
  @media print { body { margin: 0; } section { break-inside: avoid; } }
`;

export function narrationHtml(
  language: LanguageInfo,
  pages: readonly NarrationPage[],
  fellBackToEnglish: ReadonlySet<string>,
): string {
  const gaps =
    fellBackToEnglish.size === 0
      ? ''
      : `<div class="gaps" lang="en" dir="ltr"><strong>${fellBackToEnglish.size} text(s) have no ${escapeHtml(
          language.englishName,
        )} translation yet and appear here in English.</strong> Record them only after the translation is done.</div>`;
  const cards = pages
    .map(
      (page) => `<section>
  <p class="file" lang="en" dir="ltr">${page.order}. ${escapeHtml(page.fileName)}</p>
  <p class="topic">${escapeHtml(page.topicTitle)} <span lang="en" dir="ltr">(${escapeHtml(page.pageId)})</span></p>
  <ol class="text">${page.blocks.map((block) => `<li>${escapeHtml(block)}</li>`).join('')}</ol>
</section>`,
    )
    .join('\n');
  const guide = RECORDING_GUIDE.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return `<!doctype html>
<html lang="${language.code}" dir="${language.dir}">
<head><meta charset="utf-8"><title>Narration script: ${escapeHtml(language.englishName)}</title><style>${STYLE}</style></head>
<body>
<h1 lang="en" dir="ltr">Narration script: ${escapeHtml(language.endonym)} (${escapeHtml(language.englishName)}, ${language.code})</h1>
<div class="guide" lang="en" dir="ltr"><p>${pages.length} pages, one recording each. For the person recording:</p><ol>${guide}</ol></div>
${gaps}
${cards}
</body>
</html>
`;
}
