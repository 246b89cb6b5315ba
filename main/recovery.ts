import { app, type BrowserWindow } from 'electron';
import { decideRecovery, isRecoverableExit } from './decisions/crashRecovery';
import { log } from './log';

/** Reloads a crashed or hung renderer to the start screen, with backoff; relaunches if it keeps failing. */
export function watchRendererHealth(window: BrowserWindow, startUrl: string): void {
  let failures: number[] = [];
  let pending: NodeJS.Timeout | undefined;

  const recover = (why: string) => {
    const decision = decideRecovery(failures, Date.now());
    failures = decision.failures;
    log.error(`renderer ${why}; recovery: ${JSON.stringify(decision.action)}`);
    if (decision.action.kind === 'relaunch') {
      app.relaunch();
      app.exit(0);
      return;
    }
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (!window.isDestroyed()) void window.loadURL(startUrl);
    }, decision.action.delayMs);
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    if (isRecoverableExit(details.reason)) recover(`process gone (${details.reason}, exit ${details.exitCode})`);
  });
  window.on('unresponsive', () => recover('unresponsive'));
  window.on('responsive', () => log.info('renderer responsive again'));
}
