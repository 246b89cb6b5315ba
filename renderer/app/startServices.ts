import { getHost } from '../host';
import { startRendererLogging } from '../host/rendererLogging';
import { startHeartbeat } from '../idle/heartbeat';
import { startIdleDriver } from '../idle/idleDriver';
import { startContentCheck } from '../patient/content/startContentCheck';
import { startDisplayAttributes } from '../patient/display/displayAttributes';
import { installUsageRecording } from '../session/recordUsage';
import { registerSessionEffects } from '../session/resetEffects';
import { startNarrator } from '../speech/startNarrator';
import { startFreeTextFonts } from '../platform/fonts/freeTextFonts';
import { installTouchHardening } from './touchHardening';

/**
 * Everything that runs for the app's lifetime, started once at boot before the
 * first render, in one place (no side-effect imports, no components that draw
 * nothing): logging to the host, touch hardening, usage recording, what ending a session clears, the
 * narrator, the content check, the display attributes, the idle timer, the
 * heartbeat and the fonts for words staff typed. Returns a stop that undoes them all, last started first.
 */
export function startServices(target: Window = window): () => void {
  const stops = [
    // First: whatever goes wrong while the rest starts must reach the log.
    startRendererLogging(getHost, target, import.meta.env.DEV),
    installTouchHardening(target),
    installUsageRecording(getHost),
    registerSessionEffects(),
    startNarrator(),
    startContentCheck(),
    startDisplayAttributes(target.document.documentElement),
    startIdleDriver(target),
    startHeartbeat(),
    startFreeTextFonts(),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}
