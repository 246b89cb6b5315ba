import { createLogger } from '../../core/log/logger';

const log = createLogger('voice-check');

/**
 * Starts the voice check report (startVoiceCheckReports.ts) off the start-up
 * path: its code is a chunk of its own, loaded once the app is running, since
 * nothing a patient sees waits for it. Returns a stop, like every service.
 */
export function startVoiceCheckService(): () => void {
  let stop: (() => void) | null = null;
  let cancelled = false;
  void import('./startVoiceCheckReports')
    .then((module) => {
      if (!cancelled) stop = module.startVoiceCheckReports();
    })
    .catch((error: unknown) => log.warn('the voice check report could not start', error));
  return () => {
    cancelled = true;
    stop?.();
  };
}
