import type { UsageFile } from './counts';
import { SESSION_LENGTH_BUCKETS, type DayCounts } from './summary';

/**
 * CSV export, long format: one row per day per metric, so new topics or languages
 * never change the columns. Columns: date,metric,key,count. `key` names the
 * language / topic / page / length bucket for metrics that have one, else it is empty.
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
export const USAGE_CSV_HEADER = ['date', 'metric', 'key', 'count'] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as
 * a formula, so such text gets a leading apostrophe (OWASP's CSV-injection advice). Numbers are
 * written as they are: a count is never negative.
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Row = [metric: string, key: string, count: number];

function rowsForDay(counts: DayCounts): Row[] {
  const named = (metric: string, map: Record<string, number>): Row[] =>
    Object.entries(map)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, n]) => [metric, key, n]);
  return [
    ['sessions-started', '', counts.sessionsStarted],
    ['sessions-finished', '', counts.sessionsFinished],
    ['sessions-idle-reset', '', counts.sessionsIdleReset],
    ['sessions-start-again', '', counts.sessionsStartAgain],
    ...named('language-chosen', counts.languages),
    ...named('topic-opened', counts.topics),
    ...named('page-reached', counts.pages),
    ['answers-right', '', counts.answersRight],
    ['answers-wrong', '', counts.answersWrong],
    ...SESSION_LENGTH_BUCKETS.map((bucket): Row => ['session-length', bucket, counts.sessionLengths[bucket]]),
  ];
}

export function usageToCsv(counts: UsageFile): string {
  const lines = [USAGE_CSV_HEADER.join(',')];
  for (const [day, dayCounts] of Object.entries(counts.days).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [metric, key, count] of rowsForDay(dayCounts))
      lines.push([day, metric, key, count].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function usageCsvFileName(today: string): string {
  return `b12-kiosk-usage-${today}.csv`;
}
