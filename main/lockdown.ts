import { app, session, type WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest } from './decisions/requestPolicy';
import { log } from './log';

/**
 * Session-wide guards: every permission denied, downloads cancelled, and every
 * request that is not the app's own cancelled (the offline guarantee).
 */
export function lockDownSession(devServerOrigin: string | undefined): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => {
    log.warn(`permission request denied: ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.on('will-download', (event, item) => {
    log.warn(`download cancelled: ${item.getURL()}`);
    event.preventDefault();
  });
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, { devServerOrigin });
    if (!allowed) log.warn(`request cancelled (offline guarantee): ${details.url}`);
    callback({ cancel: !allowed });
  });
}

/** Per-webContents guards, applied to every webContents that is ever created. */
export function lockDownEveryWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`window.open denied: ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const refuseNavigation = (event: Electron.Event, url: string) => {
    if (!isAllowedNavigation(url, contents.getURL())) {
      log.warn(`navigation denied: ${url}`);
      event.preventDefault();
    }
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
  contents.on('did-finish-load', () => {
    contents.setZoomFactor(1);
    void contents.setVisualZoomLevelLimits(1, 1);
  });
}
