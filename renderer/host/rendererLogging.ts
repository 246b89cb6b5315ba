import { isLogScope } from '../../core/log/limits';
import { createLogger, setLogSink, type LogLine } from '../../core/log/logger';
import type { HostApi } from '../../core/host/contract';

// eslint-disable-next-line no-control-regex -- the log call refuses control characters, so they are replaced first
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Every renderer log line goes to the host's `log` call, so it lands in main's log file in
 * Electron (kiosk mode has no console anyone reads) and in the staff screen's recent problems.
 * During development the console shows it too. A failing log call falls back to the console:
 * logging must never break the kiosk, nor log its own failures in a loop.
 */
export function startRendererLogging(host: () => HostApi, target: Window, alsoConsole: boolean): () => void {
  const toConsole = ({ level, scope, message }: LogLine) => console[level](`[${scope}] ${message}`);
  setLogSink((line) => {
    if (alsoConsole) toConsole(line);
    const scope = isLogScope(line.scope) ? line.scope : 'renderer';
    const message = line.message.replace(CONTROL_CHARACTERS, '?') || '(empty)';
    host()
      .log({ level: line.level, scope, message })
      .catch(() => {
        if (!alsoConsole) toConsole(line);
      });
  });
  const log = createLogger('uncaught');
  const onError = (event: ErrorEvent) => {
    const where = event.filename ? ` at ${event.filename}:${event.lineno}` : '';
    // A script or resource that failed without an Error object still says what and where.
    log.error(`uncaught error: ${event.message || 'unknown'}${where}`, event.error ?? undefined);
  };
  const onRejection = (event: PromiseRejectionEvent) => log.error('unhandled promise rejection', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
