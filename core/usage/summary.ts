import { z } from 'zod';

/** Session-length buckets: coarse on purpose, so no visit can be told apart by its length. */
export const SESSION_LENGTH_BUCKETS = ['under-1-min', '1-3-min', '3-5-min', '5-10-min', 'over-10-min'] as const;
export type SessionLengthBucket = (typeof SESSION_LENGTH_BUCKETS)[number];

/** Day key YYYY-MM-DD (local time). */
export const DayKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const Count = z.number().int().nonnegative();
/** Topic, page and question ids, as patient events carry them: the only keys a count may have. */
export const EVENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const EventIdSchema = z.string().regex(EVENT_ID_PATTERN);
const CountMap = z.record(EventIdSchema, Count);
/** Language codes as core/languages.ts spells them ("en", "zh-Hant"). */
const LanguageCountMap = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/), Count);

/** Counts for one day (or the totals over a range). */
export const DayCountsSchema = z.strictObject({
  sessionsStarted: Count,
  sessionsFinished: Count,
  sessionsIdleReset: Count,
  sessionsStartAgain: Count,
  /** Language code → times chosen. */
  languages: LanguageCountMap,
  /** Topic id → times opened. */
  topics: CountMap,
  /** Page id → times reached. */
  pages: CountMap,
  answersRight: Count,
  answersWrong: Count,
  sessionLengths: z.strictObject(
    Object.fromEntries(SESSION_LENGTH_BUCKETS.map((b) => [b, Count])) as Record<SessionLengthBucket, typeof Count>,
  ),
});
export type DayCounts = z.infer<typeof DayCountsSchema>;

/** What staff see: one row per day that has any counts (oldest first) and totals over the range. */
export const UsageSummarySchema = z.strictObject({
  /** The range asked for, in days ending today. */
  rangeDays: z.number().int().min(1).max(365),
  from: DayKeySchema,
  to: DayKeySchema,
  days: z.array(DayCountsSchema.extend({ day: DayKeySchema })),
  totals: DayCountsSchema,
});
export type UsageSummary = z.infer<typeof UsageSummarySchema>;

export const USAGE_RETENTION_DAYS = 365;
