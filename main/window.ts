import { BrowserWindow } from 'electron';
import { decideShortcut } from './decisions/shortcutPolicy';
import { mayCloseWindow, windowOptionsFor } from './decisions/windowOptions';
import type { LaunchOptions } from './decisions/launchOptions';

export interface KioskWindowState {
  quitRequestedByStaff: boolean;
}

/** Creates the single kiosk window with its keyboard and close guards. */
export function createKioskWindow(launch: LaunchOptions, preloadPath: string, state: KioskWindowState): BrowserWindow {
  const window = new BrowserWindow(windowOptionsFor({ launch, preloadPath }));
  window.webContents.on('before-input-event', (event, input) => {
    if (decideShortcut(input, { kiosk: launch.kiosk }).block) event.preventDefault();
  });
  window.on('close', (event) => {
    if (!mayCloseWindow({ kiosk: launch.kiosk, quitRequestedByStaff: state.quitRequestedByStaff }))
      event.preventDefault();
  });
  window.once('ready-to-show', () => {
    window.show();
    if (launch.kiosk) window.focus();
  });
  if (launch.allowDevTools) window.webContents.openDevTools({ mode: 'detach' });
  return window;
}
