import { getHost } from '../host';
import { useNavigation } from '../session/navigation';
import { createLogger } from '../../core/log/logger';

const log = createLogger('heartbeat');

/** Main reloads the renderer if these stop (a hung page); see main/decisions/heartbeatPolicy.ts. */
export const HEARTBEAT_INTERVAL_MS = 10_000;

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
