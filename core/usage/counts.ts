import { z } from 'zod';
import type { PatientEvent } from './events';
import {
  DayCountsSchema,
  DayKeySchema,
  SESSION_LENGTH_BUCKETS,
  USAGE_RETENTION_DAYS,
  type DayCounts,
  type SessionLengthBucket,
} from './summary';

/** The stored counts: one entry per local day; nothing finer than a day, nothing about a person. */
export const UsageFileSchema = z.strictObject({ version: z.literal(1), days: z.record(DayKeySchema, DayCountsSchema) });
export type UsageFile = z.infer<typeof UsageFileSchema>;

export const EMPTY_USAGE: UsageFile = { version: 1, days: {} };

/** A day's named counters (topic ids, page ids, languages) stop growing here, so odd input cannot bloat the file. */
export const MAX_KEYS_PER_MAP = 200;

export function emptyDayCounts(): DayCounts {
  return {
    sessionsStarted: 0,
    sessionsFinished: 0,
    sessionsIdleReset: 0,
    sessionsStartAgain: 0,
    languages: {},
    topics: {},
    pages: {},
    answersRight: 0,
    answersWrong: 0,
    sessionLengths: Object.fromEntries(SESSION_LENGTH_BUCKETS.map((b) => [b, 0])) as Record<
      SessionLengthBucket,
      number
    >,
  };
}

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day key `days` local days before `date` (calendar arithmetic, safe across DST changes). */
export function dayKeyBefore(date: Date, days: number): string {
  return dayKey(new Date(date.getFullYear(), date.getMonth(), date.getDate() - days));
}

export function sessionLengthBucket(seconds: number): SessionLengthBucket {
  if (seconds < 60) return 'under-1-min';
  if (seconds < 180) return '1-3-min';
  if (seconds < 300) return '3-5-min';
  if (seconds < 600) return '5-10-min';
  return 'over-10-min';
}

function bump(map: Record<string, number>, key: string): Record<string, number> {
  if (!Object.hasOwn(map, key) && Object.keys(map).length >= MAX_KEYS_PER_MAP) return map;
  return { ...map, [key]: (Object.hasOwn(map, key) ? (map[key] ?? 0) : 0) + 1 };
}

function applyToDay(day: DayCounts, event: PatientEvent): DayCounts {
  switch (event.type) {
    case 'session-started':
      return { ...day, sessionsStarted: day.sessionsStarted + 1 };
    case 'language-chosen':
      return { ...day, languages: bump(day.languages, event.language) };
    case 'topic-opened':
      return { ...day, topics: bump(day.topics, event.topicId) };
    case 'page-reached':
      return { ...day, pages: bump(day.pages, event.pageId) };
    case 'answer':
      return event.correct
        ? { ...day, answersRight: day.answersRight + 1 }
        : { ...day, answersWrong: day.answersWrong + 1 };
    case 'session-ended': {
      const bucket = sessionLengthBucket(event.durationSeconds);
      const lengths = { ...day.sessionLengths, [bucket]: day.sessionLengths[bucket] + 1 };
      if (event.how === 'finished')
        return { ...day, sessionsFinished: day.sessionsFinished + 1, sessionLengths: lengths };
      if (event.how === 'idle-reset')
        return { ...day, sessionsIdleReset: day.sessionsIdleReset + 1, sessionLengths: lengths };
      return { ...day, sessionsStartAgain: day.sessionsStartAgain + 1, sessionLengths: lengths };
    }
  }
}

/** Days older than the retention window (365 days including today) are dropped. */
export function pruneOldDays(counts: UsageFile, today: Date): UsageFile {
  const oldestKept = dayKeyBefore(today, USAGE_RETENTION_DAYS - 1);
  return { ...counts, days: Object.fromEntries(Object.entries(counts.days).filter(([day]) => day >= oldestKept)) };
}

/** Counts one event on its day, pruning anything past retention. Pure: returns new counts. */
export function applyEvent(counts: UsageFile, event: PatientEvent, day: string, today: Date = new Date()): UsageFile {
  const current = Object.hasOwn(counts.days, day) ? (counts.days[day] ?? emptyDayCounts()) : emptyDayCounts();
  return pruneOldDays({ ...counts, days: { ...counts.days, [day]: applyToDay(current, event) } }, today);
}
