import { useEffect } from 'react';
import { useSettings } from '../../settings/settingsStore';
import { scriptsNeededFor } from './freeTextScripts';
import { loadFullScriptFont } from './loadScriptFont';

/**
 * A global layer with nothing to draw: when the clinic name or a QR heading holds
 * letters of a script beyond Latin, that script's whole font is registered (its
 * "<family> Full" face set), once the screen is idle. The kiosk's own words are
 * drawn by fonts cut to them at build time and never wait for this.
 */
export function FreeTextFontLayer() {
  const clinicName = useSettings((s) => s.settings.attract.clinicName);
  const qrHeadings = useSettings((s) => s.settings.takeHome.qrHeadings);
  useEffect(() => {
    const scripts = scriptsNeededFor([clinicName, ...Object.values(qrHeadings)]);
    if (scripts.size === 0) return;
    const idle = window.requestIdleCallback(() => scripts.forEach((script) => void loadFullScriptFont(script)));
    return () => window.cancelIdleCallback(idle);
  }, [clinicName, qrHeadings]);
  return null;
}
