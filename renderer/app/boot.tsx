import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { changeLanguage, initI18n } from '../platform/i18n/i18n';
import { loadSettings } from '../settings/loadSettings';
import { useNavigation } from '../session/navigation';
import { useSettings } from '../settings/settingsStore';
import { App } from './App';
import { startServices } from './startServices';
import { createLogger } from '../../core/log/logger';

const log = createLogger('boot');

/**
 * The first patient sees the clinic's default language, as every later one does
 * after a session ends; unless someone already tapped in (they chose their own).
 */
async function startInDefaultLanguage(): Promise<void> {
  if (useNavigation.getState().route.screen !== 'attract') return;
  const language = useSettings.getState().settings.languages.default;
  try {
    await changeLanguage(language);
  } catch (error) {
    log.error(`could not start in ${language}; staying in English`, error);
  }
}

/**
 * Starts the services and draws the attract screen at once (in English, which is
 * bundled, with default settings); then reads the settings and switches to the
 * clinic's default language. `data-ready` says when all of that is in force:
 * tests and the Electron shell wait for it instead of sleeping.
 */
export async function boot(): Promise<void> {
  startServices(window);
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  await loadSettings();
  await startInDefaultLanguage();
  document.documentElement.dataset.ready = 'true';
}
