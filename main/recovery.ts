import { readFileSync } from 'node:fs';
import { app, type BrowserWindow } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { createLogger } from '../core/log/logger';
import {
  decideRecovery,
  EMPTY_RECOVERY_MEMORY,
  isRecoverableExit,
  type RecoveryMemory,
} from './decisions/crashRecovery';

const log = createLogger('recovery');

/** What recovery saw, for monitoring (main/monitoring/kioskMonitor.ts). */
export interface RecoveryEvents {
  rendererGone(reason: string): void;
  hangReload(): void;
  beforeRelaunch(): void;
}

const Times = z.array(z.number().int().nonnegative()).max(100);
const MemorySchema = z.strictObject({ failures: Times, relaunches: Times });

/** The recovery memory in userData/recovery.json; a missing or damaged file is an empty memory. */
export function recoveryMemoryFile(file: string) {
  return {
    read(): RecoveryMemory {
      try {
        const parsed = MemorySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        return parsed.success ? parsed.data : { ...EMPTY_RECOVERY_MEMORY };
      } catch {
        return { ...EMPTY_RECOVERY_MEMORY };
      }
    },
    write(memory: RecoveryMemory): void {
      try {
        writeFileAtomic.sync(file, `${JSON.stringify(memory)}\n`, { fsync: true });
      } catch (error) {
        log.warn('could not keep the recovery memory', error);
      }
    },
  };
}

/** Reloads a crashed or hung renderer to the start screen, with backoff; relaunches (backing off too) if it keeps failing. */
export function watchRendererHealth(
  window: BrowserWindow,
  startUrl: string,
  memoryFile: string,
  events?: RecoveryEvents,
): void {
  const memory = recoveryMemoryFile(memoryFile);
  let pending: NodeJS.Timeout | undefined;

  const recover = (why: string) => {
    const decision = decideRecovery(memory.read(), Date.now());
    memory.write(decision.memory);
    log.error(`renderer ${why}; recovery: ${JSON.stringify(decision.action)}`);
    clearTimeout(pending);
    const { action } = decision;
    pending = setTimeout(() => {
      if (action.kind === 'relaunch') {
        events?.beforeRelaunch();
        app.relaunch();
        app.exit(0);
      } else if (!window.isDestroyed()) void window.loadURL(startUrl);
    }, action.delayMs);
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
