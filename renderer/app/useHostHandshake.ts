import { useEffect } from 'react';
import { createLogger } from '../../core/log/logger';
import { getHost } from '../host';
import { useAppInfo } from '../host/appInfo';

const log = createLogger('host-handshake');

/**
 * Asks the host who it is and pings it once at start-up; keeps its answer (what it can do)
 * for the UI and marks `<html data-host>` when both answer, so tests and staff diagnostics
 * can see the bridge works.
 */
export function useHostHandshake(): void {
  useEffect(() => {
    let cancelled = false;
    const host = getHost();
    const nonce = Math.random().toString(36).slice(2, 10);
    Promise.all([host.getAppInfo(), host.ping({ nonce })])
      .then(([info, pong]) => {
        if (cancelled) return;
        // A bridge that echoes another nonce is not trusted: treated as a failed handshake.
        if (pong.nonce !== nonce) throw new Error('the host answered the ping with another nonce');
        useAppInfo.setState({ info, settled: true });
        document.documentElement.dataset.host = info.host;
        document.documentElement.dataset.version = info.version;
      })
      .catch((error: unknown) => {
        log.error('host handshake failed', error);
        if (!cancelled) useAppInfo.setState({ settled: true });
      });
    return () => {
      cancelled = true;
    };
  }, []);
}
