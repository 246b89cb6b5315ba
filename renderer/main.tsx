import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n';
import { App } from './app/App';
import { installTouchHardening } from './app/touchHardening';
import { getHost } from './host';
import { loadSettings } from './settings/loadSettings';
import { installUsageRecording } from './usage/recordUsage';
import './styles/fonts';
import './styles/global.css';

async function boot(): Promise<void> {
  installTouchHardening(window);
  installUsageRecording(getHost);
  // Settings decide the offered and default languages, so they are in force before the first render.
  await loadSettings();
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
