import type { UsageSummary } from './summary';

/** One day's bar in the sessions chart. */
export interface DayBar {
  day: string;
  started: number;
  finished: number;
  /** Ended by the quiet-time reset: the patient walked away (or was called in). */
  walkedAway: number;
  /** Started again, or still going when the day ended. */
  other: number;
}

const DAY_MS = 86_400_000;

function dayKey(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Every calendar day from `from` to `to` (YYYY-MM-DD, inclusive), oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
  const days: string[] = [];
  for (let time = start; time <= end; time += DAY_MS) days.push(dayKey(time));
  return days;
}

/** One bar per day of the summary's range, days without a visit included (as zero). */
export function dailyBars(summary: Pick<UsageSummary, 'from' | 'to' | 'days'>): DayBar[] {
  const byDay = new Map(summary.days.map((day) => [day.day, day]));
  return daysBetween(summary.from, summary.to).map((day) => {
    const counts = byDay.get(day);
    const started = counts?.sessionsStarted ?? 0;
    const finished = Math.min(started, counts?.sessionsFinished ?? 0);
    const walkedAway = Math.min(started - finished, counts?.sessionsIdleReset ?? 0);
    return { day, started, finished, walkedAway, other: started - finished - walkedAway };
  });
}

export interface Share {
  key: string;
  count: number;
  /** Whole percent of the total; the rounding keeps the shares adding up to 100. */
  percent: number;
}

/** Each key's share of the total, largest first (ties by key), as whole percents summing to 100. */
export function shares(counts: Readonly<Record<string, number>>): Share[] {
  const entries = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return [];
  // Largest-remainder rounding, so the shares shown add up to exactly 100 %.
  const rows = entries.map(([key, count], index) => {
    const exact = (count / total) * 100;
    return { key, count, index, percent: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = 100 - rows.reduce((sum, row) => sum + row.percent, 0);
  for (const row of [...rows].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
    if (left <= 0) break;
    row.percent += 1;
    left -= 1;
  }
  return rows.map(({ key, count, percent }) => ({ key, count, percent }));
}
