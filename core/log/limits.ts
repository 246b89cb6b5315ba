/**
 * The log's limits as plain values, without zod: the renderer's logger is in the start-up
 * bundle, and the schemas (entry.ts) are not needed there.
 */

/** How much a log line may carry; longer text is clipped before it is logged or stored. */
export const LOG_MESSAGE_MAX = 1000;
export const LOG_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A logger's name: short, lower-case, e.g. "fonts", "host-handshake". */
export const LOG_SCOPE_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

export function isLogScope(scope: string): boolean {
  return LOG_SCOPE_PATTERN.test(scope);
}
