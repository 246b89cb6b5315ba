import { useSettings } from '../../settings/settingsStore';
import type { Settings } from '../../../core/settings/schema';
import { scriptsNeededFor } from './freeTextScripts';
import { whenIdle } from '../idleTask';
import { loadFullScriptFont } from './loadScriptFont';

function typedTexts(settings: Settings): string[] {
  return [settings.attract.clinicName, ...Object.values(settings.takeHome.qrHeadings)];
}

/**
 * When the clinic name or a QR heading holds letters of a script beyond Latin,
 * that script's whole font is registered (its "<family> Full" face set), once the
 * screen is idle. The kiosk's own words are drawn by fonts cut to them at build
 * time and never wait for this. A service started at boot (see startServices).
 */
export function startFreeTextFonts(): () => void {
  let cancelIdle: (() => void) | undefined;
  const load = (settings: Settings) => {
    const scripts = scriptsNeededFor(typedTexts(settings));
    if (scripts.size === 0) return;
    cancelIdle?.();
    cancelIdle = whenIdle(() => scripts.forEach((script) => void loadFullScriptFont(script)));
  };
  load(useSettings.getState().settings);
  const stop = useSettings.subscribe((state, previous) => {
    const before = previous.settings;
    if (state.settings.attract !== before.attract || state.settings.takeHome !== before.takeHome) load(state.settings);
  });
  return () => {
    stop();
    cancelIdle?.();
  };
}
