import { getHost } from '../host';
import { useNavigation } from '../session/navigation';
import { createLogger } from '../../core/log/logger';

const log = createLogger('heartbeat');

const HEARTBEAT_INTERVAL_MS = 10_000;

/**
 * Tells the host every 10 s which screen is showing; main reloads the renderer if
 * the beats stop (a hung page; see main/decisions/heartbeatPolicy.ts). Started once
 * at boot by startServices(); returns a stop.
 */
export function startHeartbeat(): () => void {
  const beat = () => {
    getHost()
      .heartbeat({ screen: useNavigation.getState().route.screen })
      .catch((error: unknown) => log.warn('heartbeat failed', error));
  };
  beat();
  const interval = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  return () => clearInterval(interval);
}
