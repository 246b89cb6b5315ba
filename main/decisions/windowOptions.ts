import type { BrowserWindowConstructorOptions } from 'electron';
import type { LaunchOptions } from './launchOptions';

export interface WindowConfig {
  launch: Pick<LaunchOptions, 'kiosk' | 'allowDevTools'>;
  preloadPath: string;
}

/**
 * The one BrowserWindow we open. Security settings are identical in every mode;
 * only the framing (kiosk vs window) and devtools differ.
 */
export function windowOptionsFor({ launch, preloadPath }: WindowConfig): BrowserWindowConstructorOptions {
  const framing: BrowserWindowConstructorOptions = launch.kiosk
    ? {
        kiosk: true,
        fullscreen: true,
        frame: false,
        resizable: false,
        movable: false,
        minimizable: false,
        maximizable: false,
        closable: true,
        alwaysOnTop: true,
      }
    : { kiosk: false, fullscreen: false, frame: true, width: 1280, height: 720, resizable: true };
  return {
    ...framing,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    title: 'B12 Nerve Health Kiosk',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: launch.allowDevTools,
      zoomFactor: 1,
      disableHtmlFullscreenWindowResize: true,
    },
  };
}

/** Whether a window close (Alt+F4, OS close) may go ahead. */
export function mayCloseWindow(state: { kiosk: boolean; quitRequestedByStaff: boolean }): boolean {
  return !state.kiosk || state.quitRequestedByStaff;
}
