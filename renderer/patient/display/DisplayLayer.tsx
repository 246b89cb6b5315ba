import { useEffect } from 'react';
import { TEXT_SCALE, useDisplayPreferences, useTextSize } from './displayPreferences';
import '../../platform/styles/themes.css';

/**
 * Global layer: puts the patient's text size and contrast on `<html>`
 * (`--text-scale`, `data-text-size`, `data-theme`), where every stylesheet sees them.
 */
export function DisplayLayer() {
  const size = useTextSize();
  const theme = useDisplayPreferences((s) => s.theme);
  useEffect(() => {
    const html = document.documentElement;
    html.style.setProperty('--text-scale', String(TEXT_SCALE[size]));
    html.dataset.textSize = size;
  }, [size]);
  useEffect(() => {
    const html = document.documentElement;
    if (theme === 'high-contrast') html.dataset.theme = 'high-contrast';
    else delete html.dataset.theme;
  }, [theme]);
  return null;
}
