import { describe, expect, it } from 'vitest';
import { mayCloseWindow, windowOptionsFor } from '../../main/decisions/windowOptions';
import { parseLaunchOptions } from '../../main/decisions/launchOptions';

describe('windowOptionsFor', () => {
  const kioskLaunch = parseLaunchOptions(['electron', '.'], {}, true);
  const devLaunch = parseLaunchOptions(['electron', '.', '--windowed'], {}, false);

  it('locks the kiosk window down', () => {
    const options = windowOptionsFor({ launch: kioskLaunch, preloadPath: '/p.cjs' });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, show: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/p.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
    });
  });

  it('keeps the same security in a development window; only framing and devtools change', () => {
    const kiosk = windowOptionsFor({ launch: kioskLaunch, preloadPath: '/p.cjs' });
    const dev = windowOptionsFor({ launch: devLaunch, preloadPath: '/p.cjs' });
    expect(dev).toMatchObject({ kiosk: false, frame: true });
    expect({ ...dev.webPreferences, devTools: false }).toEqual(kiosk.webPreferences);
    expect(dev.webPreferences?.devTools).toBe(true);
  });

  it('never allows devtools in a packaged build, even windowed', () => {
    const packagedWindowed = parseLaunchOptions(['app', '--windowed'], {}, true);
    expect(windowOptionsFor({ launch: packagedWindowed, preloadPath: '/p' }).webPreferences?.devTools).toBe(false);
  });
});

describe('parseLaunchOptions', () => {
  it('reads --windowed, --policy= and the dev server only when unpackaged', () => {
    expect(
      parseLaunchOptions(['x', '--policy=/etc/k.json'], { KIOSK_DEV_SERVER_URL: 'http://127.0.0.1:5173' }, false),
    ).toEqual({
      kiosk: true,
      devServerUrl: 'http://127.0.0.1:5173',
      policyPath: '/etc/k.json',
      allowDevTools: false,
    });
    expect(parseLaunchOptions(['x', '--policy='], { KIOSK_DEV_SERVER_URL: 'http://127.0.0.1:5173' }, true)).toEqual({
      kiosk: true,
      devServerUrl: undefined,
      policyPath: undefined,
      allowDevTools: false,
    });
  });
});

describe('mayCloseWindow', () => {
  it('guards Alt+F4 in kiosk mode unless staff chose to quit', () => {
    expect(mayCloseWindow({ kiosk: true, quitRequestedByStaff: false })).toBe(false);
    expect(mayCloseWindow({ kiosk: true, quitRequestedByStaff: true })).toBe(true);
    expect(mayCloseWindow({ kiosk: false, quitRequestedByStaff: false })).toBe(true);
  });
});
