import { app, type BrowserWindow } from 'electron';
import { decideRecovery, isRecoverableExit } from './decisions/crashRecovery';
import { createLogger } from '../core/log/logger';

const log = createLogger('recovery');

/** What recovery saw, for monitoring (main/monitoring/kioskMonitor.ts). */
export interface RecoveryEvents {
  rendererGone(reason: string): void;
  hangReload(): void;
  beforeRelaunch(): void;
}

/** Reloads a crashed or hung renderer to the start screen, with backoff; relaunches if it keeps failing. */
export function watchRendererHealth(window: BrowserWindow, startUrl: string, events?: RecoveryEvents): void {
  let failures: number[] = [];
  let pending: NodeJS.Timeout | undefined;

  const recover = (why: string) => {
    const decision = decideRecovery(failures, Date.now());
    failures = decision.failures;
    log.error(`renderer ${why}; recovery: ${JSON.stringify(decision.action)}`);
    if (decision.action.kind === 'relaunch') {
      events?.beforeRelaunch();
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
    if (!isRecoverableExit(details.reason)) return;
    events?.rendererGone(details.reason);
    recover(`process gone (${details.reason}, exit ${details.exitCode})`);
  });
  window.on('unresponsive', () => {
    events?.hangReload();
    recover('unresponsive');
  });
  window.on('responsive', () => log.info('renderer responsive again'));
}
