import log from 'electron-log/main';

/** Rotating log file in userData/logs (1 MB, one old file kept); never an error dialog. */
export function setUpLogging(): typeof log {
  log.initialize();
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.file.level = 'info';
  log.transports.console.level = process.env.NODE_ENV === 'production' ? false : 'info';
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}

export { log };
