import { z } from 'zod';
import { LOG_LEVELS, LOG_MESSAGE_MAX, LOG_SCOPE_PATTERN } from './limits';

export { LOG_LEVELS, LOG_MESSAGE_MAX, type LogLevel } from './limits';

/** A logger's name: short, lower-case, e.g. "fonts", "host-handshake". */
export const LogScopeSchema = z.string().regex(LOG_SCOPE_PATTERN);

/** Text and line breaks only: no NUL or other control characters that could forge or hide log lines. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LOG_TEXT = /^[^\u0000-\u0008\u000b-\u001f\u007f]*$/;

/** What the renderer sends with the `log` host call. */
export const LogRequestSchema = z.strictObject({
  level: z.enum(LOG_LEVELS),
  scope: LogScopeSchema,
  message: z
    .string()
    .min(1)
    .max(LOG_MESSAGE_MAX * 2)
    .regex(LOG_TEXT, 'control characters are not accepted'),
});
export type LogRequest = z.infer<typeof LogRequestSchema>;

/** One remembered warning or error, as staff see it in staff mode. */
export const LogEntrySchema = z.strictObject({
  at: z.number().int().nonnegative(),
  level: z.enum(LOG_LEVELS),
  /** Where it came from: "main" or "renderer", then the logger's name. */
  origin: z.enum(['main', 'renderer']),
  scope: LogScopeSchema,
  message: z.string().max(LOG_MESSAGE_MAX + 40),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

/** Staff see at most this many recent problems (newest first). */
export const RECENT_PROBLEMS_KEPT = 20;
export const RecentProblemsSchema = z.strictObject({ entries: z.array(LogEntrySchema).max(RECENT_PROBLEMS_KEPT) });
export type RecentProblems = z.infer<typeof RecentProblemsSchema>;
