import { clip } from '../clip';
import { LOG_MESSAGE_MAX, RECENT_PROBLEMS_KEPT, type LogEntry } from './entry';

/** The last warnings and errors, newest first, in memory only: what staff see in staff mode. */
export function createRecentProblems(limit: number = RECENT_PROBLEMS_KEPT) {
  let entries: LogEntry[] = [];
  return {
    add(entry: LogEntry): void {
      entries = [{ ...entry, message: clip(entry.message, LOG_MESSAGE_MAX) }, ...entries].slice(0, limit);
    },
    list: (): LogEntry[] => entries.map((entry) => ({ ...entry })),
  };
}
export type RecentProblems = ReturnType<typeof createRecentProblems>;
