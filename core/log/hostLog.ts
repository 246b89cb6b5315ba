import { clip } from '../clip';
import { LOG_MESSAGE_MAX, LogScopeSchema, type LogRequest } from './entry';
import { logLine, type LogSink } from './logger';
import { createRateLimit } from './rateLimit';
import type { RecentProblems } from './recentProblems';

/** Renderer lines reach the host's sink under this scope prefix: "renderer/fonts". */
export const RENDERER_SCOPE_PREFIX = 'renderer/';

/** A sink that also remembers warnings and errors for staff, then passes every line on. */
export function rememberingProblems(recent: RecentProblems, next: LogSink, now: () => number = Date.now): LogSink {
  return (line) => {
    if (line.level !== 'info') {
      const fromRenderer = line.scope.startsWith(RENDERER_SCOPE_PREFIX);
      const bare = fromRenderer ? line.scope.slice(RENDERER_SCOPE_PREFIX.length) : line.scope;
      recent.add({
        at: now(),
        level: line.level,
        origin: fromRenderer ? 'renderer' : 'main',
        scope: LogScopeSchema.safeParse(bare).success ? bare : 'unnamed',
        message: line.message,
      });
    }
    next(line);
  };
}

/** Renderer lines allowed through before the limit bites, and the steady rate after that. */
export const RENDERER_LOG_BURST = 20;
export const RENDERER_LOG_PER_SECOND = 2;

/** The host side of the `log` call: rate-limited, clipped, then into the host's own log. */
export function createRendererLogIntake(sink: LogSink = logLine, now: () => number = Date.now) {
  const limit = createRateLimit({ burst: RENDERER_LOG_BURST, perSecond: RENDERER_LOG_PER_SECOND, now });
  return (request: LogRequest): boolean => {
    const { allowed, droppedBefore } = limit.take();
    if (!allowed) return false;
    if (droppedBefore > 0)
      sink({
        level: 'warn',
        scope: `${RENDERER_SCOPE_PREFIX}log`,
        message: `${droppedBefore} renderer log lines dropped (too many at once)`,
      });
    sink({
      level: request.level,
      scope: `${RENDERER_SCOPE_PREFIX}${request.scope}`,
      message: clip(request.message, LOG_MESSAGE_MAX),
    });
    return true;
  };
}
