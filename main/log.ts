import path from 'node:path';
import { app } from 'electron';
// The Node build of electron-log on purpose: electron-log/main registers an unchecked IPC channel
// (__ELECTRON_LOG__) when imported and, once initialised, a preload from userData in every frame.
// Main writes the file itself; renderer lines arrive through the validated `log` host call.
import fileLog from 'electron-log/node';
import { rememberingProblems } from '../core/log/hostLog';
import { createLogger, setLogSink } from '../core/log/logger';
import { createRecentProblems } from '../core/log/recentProblems';
import { rotateLogFiles } from './logRotation';

/** Warnings and errors from main and renderer since start, for staff mode. */
export const recentProblems = createRecentProblems();

/** main.log in Electron's logs folder (userData/logs on Windows and Linux, ~/Library/Logs on macOS), 1 MB per file, 5 old files. */
export function setUpLogging(): void {
  fileLog.transports.file.resolvePathFn = () => path.join(app.getPath('logs'), 'main.log');
  fileLog.transports.file.maxSize = 1024 * 1024;
  fileLog.transports.file.level = 'info';
  fileLog.transports.file.archiveLogFn = (file) => {
    try {
      rotateLogFiles(file.toString());
    } catch {
      // Could not move it: electron-log empties the file next, which still bounds its size.
    }
  };
  fileLog.transports.console.level = process.env.NODE_ENV === 'production' ? false : 'info';
  setLogSink(
    rememberingProblems(recentProblems, ({ level, scope, message }) => fileLog[level](`[${scope}] ${message}`)),
  );
  // Uncaught errors go through the same logger (so staff see them too), never to an error dialog.
  const crashes = createLogger('uncaught');
  fileLog.errorHandler.startCatching({
    showDialog: false,
    onError: ({ error, errorName }) => {
      crashes.error(errorName || 'uncaught error in main', error);
      return false;
    },
  });
}
