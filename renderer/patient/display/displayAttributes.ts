import { useSettings } from '../../settings/settingsStore';
import { TEXT_SCALE, textSizeInForce, useDisplayPreferences } from './displayPreferences';

/**
 * Keeps the patient's text size and contrast on `<html>` (`--text-scale`,
 * `data-text-size`, `data-theme`), where every stylesheet sees them. Started once
 * at boot by startServices(); returns a stop.
 */
export function startDisplayAttributes(html: HTMLElement): () => void {
  const apply = () => {
    const size = textSizeInForce();
    html.style.setProperty('--text-scale', String(TEXT_SCALE[size]));
    html.dataset.textSize = size;
    if (useDisplayPreferences.getState().theme === 'high-contrast') html.dataset.theme = 'high-contrast';
    else delete html.dataset.theme;
  };
  apply();
  const stopPreferences = useDisplayPreferences.subscribe(apply);
  const stopSettings = useSettings.subscribe(apply);
  return () => {
    stopPreferences();
    stopSettings();
  };
}
