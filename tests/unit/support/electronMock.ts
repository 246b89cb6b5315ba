import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

/**
 * The one Electron stand-in for unit tests of main-process glue (Electron cannot start here).
 * Use it with `vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron))`
 * and reach the same instance with `import { electron, ipcHandlers } from './support/electronMock'`.
 * It records what main asks of Electron, so tests can assert the lock-down really happens.
 * Everything underneath (files, scrypt, the policy) stays real.
 */
type Handler = (event: unknown, raw: unknown) => unknown;

/** ipcMain.handle registrations, by channel. */
export const ipcHandlers = new Map<string, Handler>();
/** ipcMain.on listeners, by channel (main must register none). */
export const ipcListeners = new Map<string, unknown[]>();
/** Folders app.getPath answers with; tests point userData/logs at temp folders. */
export const appPaths: Record<string, string> = { userData: tmpdir(), logs: tmpdir(), documents: tmpdir() };

class MockWebContents extends EventEmitter {
  static nextId = 1;
  id = MockWebContents.nextId++;
  mainFrame = { url: 'app://kiosk/index.html' };
  setWindowOpenHandler = vi.fn();
  setZoomFactor = vi.fn();
  setVisualZoomLevelLimits = vi.fn(async () => undefined);
  forcefullyCrashRenderer = vi.fn();
  openDevTools = vi.fn();
  getURL = vi.fn(() => 'app://kiosk/index.html');
}

class MockBrowserWindow extends EventEmitter {
  static windows: MockBrowserWindow[] = [];
  static getAllWindows = () => MockBrowserWindow.windows;
  webContents = new MockWebContents();
  constructor(public options: Record<string, unknown>) {
    super();
    MockBrowserWindow.windows.push(this);
  }
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isDestroyed = vi.fn(() => false);
  isMinimized = vi.fn(() => false);
  isVisible = vi.fn(() => true);
}

const appEvents = new EventEmitter();
let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (markReady = resolve));

const defaultSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
  setDisplayMediaRequestHandler: vi.fn(),
  on: vi.fn(),
  webRequest: { onBeforeRequest: vi.fn() },
  // Preloads besides our own must never be registered (electron-log's would be one).
  setPreloads: vi.fn(),
  registerPreloadScript: vi.fn(),
  getPreloads: vi.fn(() => []),
};

export const electron = {
  app: {
    getPath: vi.fn((name: string) => appPaths[name] ?? tmpdir()),
    getName: vi.fn(() => 'B12 Nerve Health Kiosk'),
    getVersion: vi.fn(() => '0.0.0-test'),
    isPackaged: false,
    isReady: vi.fn(() => false),
    relaunch: vi.fn(),
    exit: vi.fn(),
    quit: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => ready),
    on: vi.fn((event: string, listener: (...args: unknown[]) => void) => appEvents.on(event, listener)),
    once: vi.fn((event: string, listener: (...args: unknown[]) => void) => appEvents.once(event, listener)),
    emit: (event: string, ...args: unknown[]) => appEvents.emit(event, ...args),
    commandLine: { appendSwitch: vi.fn(), removeSwitch: vi.fn(), hasSwitch: vi.fn(() => false) },
  },
  ipcMain: {
    handle: vi.fn((channel: string, handler: Handler) => void ipcHandlers.set(channel, handler)),
    on: vi.fn((channel: string, listener: unknown) => void ipcListeners.set(channel, [listener])),
    removeHandler: vi.fn((channel: string) => void ipcHandlers.delete(channel)),
  },
  dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })), showErrorBox: vi.fn() },
  session: { defaultSession },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  crashReporter: { start: vi.fn() },
  Menu: { setApplicationMenu: vi.fn() },
  powerSaveBlocker: { start: vi.fn(() => 1) },
  BrowserWindow: MockBrowserWindow,
  webContents: { getAllWebContents: () => MockBrowserWindow.windows.map((w) => w.webContents) },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => undefined) },
};

/** Lets main's `app.whenReady()` resolve (once), as Electron does after start-up. */
export function becomeReady(): void {
  electron.app.isReady.mockReturnValue(true);
  markReady();
}

/** An IPC event as Electron hands it to a handler: which webContents, and which frame, sent it. */
export function ipcEventFrom(webContentsId: number, url: string | null, mainFrame = true) {
  const frame = url === null ? null : { url };
  return { sender: { id: webContentsId, mainFrame: mainFrame ? frame : { url } }, senderFrame: frame };
}

/** Calls a registered host handler as the renderer would. */
export function invokeHandler(channel: string, event: unknown, raw: unknown): Promise<unknown> {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(event, raw));
}
