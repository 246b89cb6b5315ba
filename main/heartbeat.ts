import type { BrowserWindow } from 'electron';
import {
  DEFAULT_HEARTBEAT_POLICY,
  excuseSilence,
  judgeHeartbeat,
  recordBeat,
  watchFrom,
  type HeartbeatPolicy,
} from './decisions/heartbeatPolicy';
import { log } from './log';

/**
 * Thin glue around the heartbeat policy. beat() is the host call's handler;
 * watch() checks the window periodically. A hung renderer is killed, which
 * hands it to the crash recovery in recovery.ts (reload to the start screen,
 * with its backoff, relaunching if it keeps failing): one recovery path.
 */
export function createHeartbeatMonitor(policy: HeartbeatPolicy = DEFAULT_HEARTBEAT_POLICY) {
  let watch = watchFrom(Date.now());
  return {
    beat(): void {
      watch = recordBeat(watch, Date.now());
    },
    watch(window: BrowserWindow): void {
      // Every load starts a fresh watch: the new page has its first-beat grace.
      window.webContents.on('did-start-loading', () => {
        watch = watchFrom(Date.now());
      });
      const timer = setInterval(() => {
        if (window.isDestroyed()) {
          clearInterval(timer);
          return;
        }
        const now = Date.now();
        if (!window.isVisible() || window.isMinimized()) {
          watch = excuseSilence(watch, now);
          return;
        }
        const verdict = judgeHeartbeat(watch, now, policy);
        if (!verdict.hung) return;
        log.error(`renderer hung (${verdict.reason}); restarting its process`);
        watch = watchFrom(now);
        window.webContents.forcefullyCrashRenderer();
      }, policy.checkIntervalMs);
    },
  };
}
