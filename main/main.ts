import path from 'node:path';
import { app, crashReporter, Menu, powerSaveBlocker, type BrowserWindow } from 'electron';
import { setUpLogging } from './log';
import { parseLaunchOptions } from './policy/launchOptions';
import { APP_START_URL } from './policy/appProtocol';
import { registerAppSchemePrivileges, serveAppProtocol } from './protocol';
import { lockDownEveryWebContents, lockDownSession } from './lockdown';
import { registerHostHandlers } from './ipc';
import { createHostImplementation } from './hostImplementation';
import { createKioskWindow, type KioskWindowState } from './window';
import { watchRendererHealth } from './recovery';

const log = setUpLogging();
const launch = parseLaunchOptions(process.argv, process.env, app.isPackaged);
const devServerOrigin = launch.devServerUrl ? new URL(launch.devServerUrl).origin : undefined;
const startUrl = launch.devServerUrl ?? APP_START_URL;

// Crash dumps stay on this machine (userData/Crashpad); nothing is ever uploaded.
crashReporter.start({ uploadToServer: false });
app.commandLine.appendSwitch('disable-background-networking');
app.commandLine.appendSwitch('disable-component-update');
app.commandLine.appendSwitch('disable-domain-reliability');
app.commandLine.appendSwitch('no-pings');
registerAppSchemePrivileges();

const windowState: KioskWindowState = { quitRequestedByStaff: false };
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  lockDownEveryWebContents();
  void app.whenReady().then(start);
}

function start(): void {
  log.info(`starting ${app.getName()} ${app.getVersion()} (kiosk: ${launch.kiosk})`);
  Menu.setApplicationMenu(null);
  lockDownSession(devServerOrigin);
  serveAppProtocol(path.join(__dirname, '..', 'renderer'));
  registerHostHandlers(createHostImplementation({ kiosk: launch.kiosk }), () =>
    mainWindow && !mainWindow.isDestroyed() ? { webContentsId: mainWindow.webContents.id, devServerOrigin } : undefined,
  );
  powerSaveBlocker.start('prevent-display-sleep');
  mainWindow = createKioskWindow(launch, path.join(__dirname, '..', 'preload', 'preload.cjs'), windowState);
  watchRendererHealth(mainWindow, startUrl);
  void mainWindow.loadURL(startUrl);
}
