import { useEffect } from 'react';
import { startHeartbeat } from './heartbeat';
import { startIdleDriver } from './idleDriver';
import { IdleWarning } from './IdleWarning';

/** Global layer: runs the idle timer and the heartbeat for the app's lifetime and shows the warning. */
export function IdleLayer() {
  useEffect(() => startIdleDriver(window), []);
  useEffect(() => startHeartbeat(), []);
  return <IdleWarning />;
}
