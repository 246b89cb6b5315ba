import { getHost } from '../host';
import { startRendererLogging } from '../host/rendererLogging';
import { startHeartbeat } from '../idle/heartbeat';
import { startIdleDriver } from '../idle/idleDriver';
import { startContentCheck } from '../patient/content/startContentCheck';
import { startDisplayAttributes } from '../patient/display/displayAttributes';
import { installUsageRecording } from '../session/recordUsage';
import { registerSessionEffects } from '../session/resetEffects';
import { startNarrator } from '../speech/startNarrator';
import { startVoiceCheckService } from '../speech/voiceCheckService';
import { startFreeTextFonts } from '../platform/fonts/freeTextFonts';
import { startOfflineWebApp } from '../platform/offline/serviceWorker';
import { installTouchHardening } from './touchHardening';

/**
 * Everything that runs for the app's lifetime, started once at boot before the
 * first render, in one place (no side-effect imports, no components that draw
 * nothing): logging to the host, touch hardening, usage recording, what ending a session clears, the
 * narrator, the voice check report, the content check, the display attributes, the idle timer, the
 * heartbeat, the fonts for words staff typed, and the offline web app (its updates apply when a
 * session ends). Returns a stop that undoes them all, last started first.
 */
export function startServices(target: Window = window): () => void {
  const stops = [
    // First: whatever goes wrong while the rest starts must reach the log.
    startRendererLogging(getHost, target, import.meta.env.DEV),
    installTouchHardening(target),
    installUsageRecording(getHost),
    registerSessionEffects(),
    startNarrator(),
    startVoiceCheckService(),
    startContentCheck(),
    startDisplayAttributes(target.document.documentElement),
    startIdleDriver(target),
    startHeartbeat(),
    startFreeTextFonts(),
    startOfflineWebApp(),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}
