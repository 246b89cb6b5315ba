import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { changeLanguage, initI18n } from './platform/i18n/i18n';
import { App } from './app/App';
import { installTouchHardening } from './app/touchHardening';
import { getHost } from './host';
import { loadSettings } from './settings/loadSettings';
import { useSettings } from './settings/settingsStore';
import { installUsageRecording } from './session/recordUsage';
import './platform/fonts/startupFonts';
import './platform/styles/global.css';

async function boot(): Promise<void> {
  installTouchHardening(window);
  installUsageRecording(getHost);
  // Settings decide the offered and default languages, so they are in force before the first render.
  await loadSettings();
  await initI18n();
  // The first patient sees the clinic's default language, as every later one does after a reset.
  await startInDefaultLanguage();
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

async function startInDefaultLanguage(): Promise<void> {
  const language = useSettings.getState().settings.languages.default;
  try {
    await changeLanguage(language);
  } catch (error) {
    console.error(`could not start in ${language}; staying in English`, error);
  }
}

void boot();
