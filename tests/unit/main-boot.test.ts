import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appPaths, becomeReady, electron, ipcHandlers, ipcListeners } from './support/electronMock';
import { captureLogs } from './support/captureLogs';

/**
 * Boots the real main process (main/main.ts) against the Electron stand-in and checks each
 * item of Electron's security checklist that the code decides: single-instance lock, crash
 * dumps never uploaded, the session's permission and request handlers, no preload but ours,
 * only kiosk:* IPC channels, the app:// protocol's CSP and path checks, the window guards.
 */
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));
const userData = mkdtempSync(path.join(tmpdir(), 'kiosk-boot-'));
appPaths.userData = userData;
appPaths.logs = path.join(userData, 'logs');
const { HOST_CALL_NAMES, channelFor } = await import('../../core/host/contract');
const { CONTENT_SECURITY_POLICY } = await import('../../main/decisions/contentSecurityPolicy');

type Callback = (...args: unknown[]) => unknown;
const lastArgs = (fn: { mock: { calls: unknown[][] } }) => fn.mock.calls.at(-1) ?? [];

beforeAll(async () => {
  await import('../../main/main');
  captureLogs();
  becomeReady();
  await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1));
});
afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('main process start-up (the security checklist items decided in code)', () => {
  it('takes the single-instance lock, and a second launch only focuses the first window', () => {
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    const [window] = electron.BrowserWindow.windows;
    electron.app.emit('second-instance');
    expect(window?.focus).toHaveBeenCalled();
    expect(electron.BrowserWindow.windows).toHaveLength(1);
  });

  it('keeps crash dumps on this machine and turns background networking off', () => {
    expect(electron.crashReporter.start).toHaveBeenCalledWith({ uploadToServer: false });
    const switches = electron.app.commandLine.appendSwitch.mock.calls.map(([name]) => name);
    expect(switches).toEqual(
      expect.arrayContaining(['disable-background-networking', 'disable-component-update', 'no-pings']),
    );
  });

  it('registers only kiosk:* handlers, no IPC listeners, and no session preload (electron-log adds none)', () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(HOST_CALL_NAMES.map(channelFor).sort());
    expect(ipcListeners.size).toBe(0);
    expect(electron.session.defaultSession.setPreloads).not.toHaveBeenCalled();
    expect(electron.session.defaultSession.registerPreloadScript).not.toHaveBeenCalled();
    const options = electron.BrowserWindow.windows[0]?.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: expect.stringMatching(/[/\\]preload[/\\]preload\.cjs$/),
    });
  });

  it('denies every permission request and check, and cancels every request that is not the app’s own', () => {
    const session = electron.session.defaultSession;
    const allow = vi.fn();
    (lastArgs(session.setPermissionRequestHandler)[0] as Callback)({}, 'media', allow);
    expect(allow).toHaveBeenCalledWith(false);
    expect((lastArgs(session.setPermissionCheckHandler)[0] as Callback)()).toBe(false);
    const onRequest = lastArgs(session.webRequest.onBeforeRequest)[0] as Callback;
    const decide = (url: string) => {
      const reply = vi.fn();
      onRequest({ url }, reply);
      return reply.mock.calls[0]?.[0];
    };
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://kiosk/index.html')).toEqual({ cancel: false });
  });

  it('serves app:// with the CSP on every response and refuses paths outside the app', async () => {
    const [scheme, handle] = lastArgs(electron.protocol.handle) as [
      string,
      (r: { url: string; headers: Headers }) => Promise<Response>,
    ];
    const handler = ({ url }: { url: string }) => handle({ url, headers: new Headers() });
    expect(scheme).toBe('app');
    const page = await handler({ url: 'app://kiosk/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await handler({ url: 'app://kiosk/..%2f..%2fpackage.json' })).status).toBeGreaterThanOrEqual(400);
    expect((await handler({ url: 'app://evil/index.html' })).status).toBe(403);
    const [privileged] = lastArgs(electron.protocol.registerSchemesAsPrivileged) as [{ scheme: string }[]];
    expect(privileged).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('guards every webContents: no window.open, no webviews, no navigation away', () => {
    const listener = electron.app.on.mock.calls.find(([event]) => event === 'web-contents-created')?.[1] as Callback;
    const contents = new electron.BrowserWindow({}).webContents;
    listener({}, contents);
    const openHandler = lastArgs(contents.setWindowOpenHandler)[0] as Callback;
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const prevented = (event: string, ...args: unknown[]) => {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault, isMainFrame: false }, ...args);
      return preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-attach-webview')).toBe(true);
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'app://kiosk/index.html#top')).toBe(false);
    expect(prevented('context-menu')).toBe(true);
  });

  it('shows no menu, keeps the display awake, and writes its log in the logs folder', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(electron.BrowserWindow.windows[0]?.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    expect(readdirSync(userData)).not.toContain('electron-log-preload.js');
  });
});
