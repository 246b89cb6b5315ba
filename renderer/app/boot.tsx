import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { changeLanguage, initI18n } from '../platform/i18n/i18n';
import { loadSettings } from '../settings/loadSettings';
import { useSettings } from '../settings/settingsStore';
import { App } from './App';
import { startServices } from './startServices';
import { createLogger } from '../../core/log/logger';

const log = createLogger('boot');

/** The first patient sees the clinic's default language, as every later one does after a session ends. */
async function startInDefaultLanguage(): Promise<void> {
  const language = useSettings.getState().settings.languages.default;
  try {
    await changeLanguage(language);
  } catch (error) {
    log.error(`could not start in ${language}; staying in English`, error);
  }
}

/** Starts the services, loads settings and languages, then renders the app into #root. */
export async function boot(): Promise<void> {
  startServices(window);
  // Settings decide the offered and default languages, so they are in force before the first render.
  await loadSettings();
  await initI18n();
  await startInDefaultLanguage();
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
