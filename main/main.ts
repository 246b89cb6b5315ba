import path from 'node:path';
import { app, crashReporter, Menu, powerSaveBlocker, type BrowserWindow } from 'electron';
import { createLogger } from '../core/log/logger';
import { recentProblems, setUpLogging } from './log';
import { parseLaunchOptions } from './decisions/launchOptions';
import { APP_START_URL } from './decisions/appProtocol';
import { registerAppSchemePrivileges, serveAppProtocol } from './protocol';
import { lockDownEveryWebContents, lockDownSession } from './lockdown';
import { endStaffSessionsOnPageChange, registerHostHandlers } from './ipc';
import { createHostImplementation } from './hostImplementation';
import { createKioskWindow, type KioskWindowState } from './window';
import { watchRendererHealth } from './recovery';
import { createHeartbeatMonitor } from './heartbeat';
import { createDataServices } from './dataServices';
import { loadManagedPolicy, ownershipChain, policyLocation } from './managedPolicy';
import { createMonitoring } from './monitoring/startMonitoring';
import { chooseRecordingsFolder } from './decisions/recordingsRoute';
import { startRecordings } from './recordings/recordingsService';
import { createVoiceCheckStore } from './recordings/voiceCheckStore';
import { voiceCheckFamilies } from '../core/speech/voiceMetrics';

setUpLogging();
const log = createLogger('main');
const launch = parseLaunchOptions(process.argv, process.env, app.isPackaged);
if (launch.refused.ignored.length > 0) log.warn(`ignored in a packaged kiosk: ${launch.refused.ignored.join(', ')}`);
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

if (launch.refused.fatal.length > 0) {
  // A debugging port or inspector would hand the kiosk to anyone who can reach it: do not start at all.
  log.error(`refusing to start: ${launch.refused.fatal.join(', ')} is not allowed in a packaged kiosk`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
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
  const userDataDir = app.getPath('userData');
  const location = policyLocation({
    argPath: launch.policyPath,
    env: process.env,
    platform: process.platform,
    isPackaged: app.isPackaged,
    ownership: ownershipChain,
  });
  const managedPolicy = loadManagedPolicy(location, {
    cacheFile: path.join(userDataDir, 'policy-last-good.json'),
    log,
  });
  // The clinic's recordings: read once now, served under app://kiosk/recordings/ (main/recordings/).
  const recordings = startRecordings(
    chooseRecordingsFolder(managedPolicy.machine.recordings?.folder, location.path, process.platform),
    createLogger('recordings'),
  );
  serveAppProtocol(path.join(__dirname, '..', 'renderer'), recordings.root);
  const monitoring = createMonitoring({
    version: app.getVersion(),
    platform: process.platform,
    userDataDir,
    policy: managedPolicy,
    log,
  });
  const heartbeat = createHeartbeatMonitor(undefined, monitoring.monitor.heartbeatMiss);
  const data = createDataServices({
    userDataDir,
    policy: managedPolicy,
    log,
    onUsageRecorded: monitoring.monitor.usageRecorded,
  });
  monitoring.attach(data);
  // What patients can hear per language, as the renderer reports it, in the monitoring output.
  const voiceCheck = createVoiceCheckStore(createLogger('read-aloud'));
  monitoring.monitor.addFamilies(() => voiceCheckFamilies(voiceCheck.latest()));
  // Debounced writes must reach the disk however the app ends; the metrics file gets its last
  // minute too (quit waits for that write, at most a second).
  let metricsFlushed = false;
  app.on('before-quit', (event) => {
    data.flush();
    if (metricsFlushed) return;
    event.preventDefault();
    const done = () => {
      if (metricsFlushed) return;
      metricsFlushed = true;
      app.quit();
    };
    setTimeout(done, 1000).unref();
    void monitoring.stop().finally(done);
  });
  const window = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
  const staffSessions = registerHostHandlers(
    createHostImplementation({
      kiosk: launch.kiosk,
      onHeartbeat: heartbeat.beat,
      data,
      windowState,
      window,
      recentProblems,
      recordings,
      voiceCheck,
    }),
    () =>
      mainWindow && !mainWindow.isDestroyed()
        ? { webContentsId: mainWindow.webContents.id, devServerOrigin }
        : undefined,
  );
  powerSaveBlocker.start('prevent-display-sleep');
  mainWindow = createKioskWindow(launch, path.join(__dirname, '..', 'preload', 'preload.cjs'), windowState);
  endStaffSessionsOnPageChange(mainWindow.webContents, staffSessions);
  watchRendererHealth(mainWindow, startUrl, path.join(userDataDir, 'recovery.json'), monitoring.monitor);
  // A paused debugger is not a hung kiosk: only watch when devtools cannot open.
  if (!launch.allowDevTools) heartbeat.watch(mainWindow);
  void mainWindow.loadURL(startUrl);
}
