import { clip, errorText } from '../clip';
import { LOG_MESSAGE_MAX, type LogLevel } from './limits';

/** One line on its way to a log: the sink decides where (electron-log's file, the host's log call, the console). */
export interface LogLine {
  level: LogLevel;
  scope: string;
  message: string;
}
export type LogSink = (line: LogLine) => void;

export interface Logger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

const consoleSink: LogSink = ({ level, scope, message }) => console[level](`[${scope}] ${message}`);
let sink: LogSink = consoleSink;

/** Each process sets its sink once at start (main: the log file; renderer: the host's `log` call). */
export function setLogSink(next: LogSink): void {
  sink = next;
}

/** Passes a ready line to the current sink (the host's intake of renderer lines uses this). */
export function logLine(line: LogLine): void {
  try {
    sink(line);
  } catch {
    // Logging must never be the thing that breaks the kiosk.
  }
}

function describe(message: string, error: unknown): string {
  if (error === undefined) return clip(message, LOG_MESSAGE_MAX);
  const stack = error instanceof Error && error.stack ? `\n${error.stack.split('\n').slice(1, 6).join('\n')}` : '';
  return clip(`${message}: ${errorText(error, 400)}${stack}`, LOG_MESSAGE_MAX);
}

/**
 * A named logger, the same in main and renderer: `createLogger('fonts').warn('…', error)`.
 * Lines are clipped, so a hostile or runaway message never becomes a megabyte of log; a sink
 * that throws is ignored, because logging must never be the thing that breaks the kiosk.
 */
export function createLogger(scope: string): Logger {
  const emit = (level: LogLevel, message: string, error?: unknown) =>
    logLine({ level, scope, message: describe(message, error) });
  return {
    info: (message) => emit('info', message),
    warn: (message, error) => emit('warn', message, error),
    error: (message, error) => emit('error', message, error),
  };
}
