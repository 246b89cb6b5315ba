import path from 'node:path';
import { app, crashReporter, Menu, powerSaveBlocker, type BrowserWindow } from 'electron';
import { setUpLogging } from './log';
import { parseLaunchOptions } from './decisions/launchOptions';
import { APP_START_URL } from './decisions/appProtocol';
import { registerAppSchemePrivileges, serveAppProtocol } from './protocol';
import { lockDownEveryWebContents, lockDownSession } from './lockdown';
import { registerHostHandlers } from './ipc';
import { createHostImplementation } from './hostImplementation';
import { createKioskWindow, type KioskWindowState } from './window';
import { watchRendererHealth } from './recovery';
import { createHeartbeatMonitor } from './heartbeat';
import { createDataServices } from './dataServices';
import { loadManagedPolicy, ownershipChain, policyLocation } from './managedPolicy';

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
  const heartbeat = createHeartbeatMonitor();
  const userDataDir = app.getPath('userData');
  const managedPolicy = loadManagedPolicy(
    policyLocation({
      argPath: launch.policyPath,
      env: process.env,
      platform: process.platform,
      isPackaged: app.isPackaged,
      ownership: ownershipChain,
    }),
    { cacheFile: path.join(userDataDir, 'policy-last-good.json'), log },
  );
  const data = createDataServices({ userDataDir, policy: managedPolicy, log });
  // Debounced writes must reach the disk however the app ends.
  app.on('before-quit', () => data.flush());
  const window = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
  registerHostHandlers(
    createHostImplementation({ kiosk: launch.kiosk, onHeartbeat: heartbeat.beat, data, windowState, window }),
    () =>
      mainWindow && !mainWindow.isDestroyed()
        ? { webContentsId: mainWindow.webContents.id, devServerOrigin }
        : undefined,
  );
  powerSaveBlocker.start('prevent-display-sleep');
  mainWindow = createKioskWindow(launch, path.join(__dirname, '..', 'preload', 'preload.cjs'), windowState);
  watchRendererHealth(mainWindow, startUrl);
  // A paused debugger is not a hung kiosk: only watch when devtools cannot open.
  if (!launch.allowDevTools) heartbeat.watch(mainWindow);
  void mainWindow.loadURL(startUrl);
}
