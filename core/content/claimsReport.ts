/**
 * The claims register as Markdown (docs/content-claims.md): every claim each page
 * makes, the sources that state it, and its review status, plus the review flags.
 * Pure, so a test can check the committed document matches the content.
 */
import type { ContentStructure, Page, Source } from './schema';

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function sourceLabel(id: string, sources: readonly Source[]): string {
  const source = sources.find((s) => s.id === id);
  return source ? `${source.publisher}, *${source.title}* (${source.year})` : `unknown source "${id}"`;
}

function pageRows(where: string, pages: readonly Page[], sources: readonly Source[]): string[] {
  return pages.flatMap((page) =>
    page.claims.map((claim) =>
      [
        '',
        cell(where),
        `\`${page.id}\``,
        cell(claim.statement),
        claim.sources.map((id) => cell(sourceLabel(id, sources))).join('<br>'),
        claim.status === 'safety-net'
          ? '**safety net: awaiting clinical review**'
          : 'sourced; awaiting clinical review',
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  );
}

export function claimsReport(content: ContentStructure): string {
  const header = ['| where | page | claim | sources that state it | status |', '| --- | --- | --- | --- | --- |'];
  const rows = [
    ...pageRows('short path', content.shortPath, content.sources),
    ...content.topics.flatMap((topic) => pageRows(`topic ${topic.id}`, topic.pages, content.sources)),
  ];
  const flags = [...content.reviewFlags]
    .sort((a, b) => Number(b.safetyNet) - Number(a.safetyNet))
    .map((flag) => `- ${flag.safetyNet ? '**Safety net** — ' : ''}${flag.target} \`${flag.id}\`: ${flag.reason}`);
  return [
    '# Claims register',
    '',
    'Made from the content structure (`core/content/`) by `npm run content:claims`; a unit test fails when',
    'this file and the content disagree. Every claim awaits clinical review; the content as a whole is',
    `\`${content.reviewStatus}\`, next review due ${content.reviewDate}.`,
    '',
    `${rows.length} claims on ${content.shortPath.length + content.topics.reduce((n, t) => n + t.pages.length, 0)} pages.`,
    '',
    ...header,
    ...rows,
    '',
    '## What a clinician must check first',
    '',
    ...flags,
    '',
  ].join('\n');
}
