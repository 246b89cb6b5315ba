import { setLogSink, type LogLine } from '../../../core/log/logger';

/** Collects this test file's log lines instead of printing them (a fuzz run logs thousands of refusals). */
export function captureLogs(): LogLine[] {
  const lines: LogLine[] = [];
  setLogSink((line) => lines.push(line));
  return lines;
}
