import { dayKey, dayKeyBefore, emptyDayCounts, type UsageFile } from './counts';
import { SESSION_LENGTH_BUCKETS, USAGE_RETENTION_DAYS, type DayCounts, type UsageSummary } from './summary';

function addMaps(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, n] of Object.entries(b)) sum[key] = (Object.hasOwn(sum, key) ? (sum[key] ?? 0) : 0) + n;
  return sum;
}

export function addDayCounts(a: DayCounts, b: DayCounts): DayCounts {
  const lengths = { ...a.sessionLengths };
  for (const bucket of SESSION_LENGTH_BUCKETS) lengths[bucket] += b.sessionLengths[bucket];
  return {
    sessionsStarted: a.sessionsStarted + b.sessionsStarted,
    sessionsFinished: a.sessionsFinished + b.sessionsFinished,
    sessionsIdleReset: a.sessionsIdleReset + b.sessionsIdleReset,
    sessionsStartAgain: a.sessionsStartAgain + b.sessionsStartAgain,
    languages: addMaps(a.languages, b.languages),
    topics: addMaps(a.topics, b.topics),
    pages: addMaps(a.pages, b.pages),
    answersRight: a.answersRight + b.answersRight,
    answersWrong: a.answersWrong + b.answersWrong,
    sessionLengths: lengths,
  };
}

/** The staff view of the last `rangeDays` days ending today: rows for days with counts, oldest first, and totals. */
export function summarizeUsage(counts: UsageFile, today: Date, rangeDays: number = USAGE_RETENTION_DAYS): UsageSummary {
  const range = Math.min(USAGE_RETENTION_DAYS, Math.max(1, Math.floor(rangeDays)));
  const from = dayKeyBefore(today, range - 1);
  const to = dayKey(today);
  const days = Object.entries(counts.days)
    .filter(([day]) => day >= from && day <= to)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, dayCounts]) => ({ day, ...dayCounts }));
  const totals = days.reduce<DayCounts>((sum, { day: _day, ...row }) => addDayCounts(sum, row), emptyDayCounts());
  return { rangeDays: range, from, to, days, totals };
}
