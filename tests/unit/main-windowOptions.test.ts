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

  it('a packaged build ignores --windowed: still the locked kiosk window, never devtools', () => {
    const packagedWindowed = parseLaunchOptions(['app', '--windowed'], {}, true);
    expect(packagedWindowed.kiosk).toBe(true);
    expect(packagedWindowed.refused).toEqual({ ignored: ['--windowed'], fatal: [] });
    expect(windowOptionsFor({ launch: packagedWindowed, preloadPath: '/p' })).toMatchObject({
      kiosk: true,
      webPreferences: { devTools: false },
    });
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
      refused: { ignored: [], fatal: [] },
    });
    expect(parseLaunchOptions(['x', '--policy='], { KIOSK_DEV_SERVER_URL: 'http://127.0.0.1:5173' }, true)).toEqual({
      kiosk: true,
      devServerUrl: undefined,
      policyPath: undefined,
      allowDevTools: false,
      refused: { ignored: [], fatal: [] },
    });
  });

  it('a packaged build refuses to start with a debugging port, pipe or inspector; development runs keep them', () => {
    const flags = [
      '--remote-debugging-port=9222',
      '--remote-debugging-pipe',
      '--inspect',
      '--inspect-brk=9229',
      '--inspect-port=1',
    ];
    expect(parseLaunchOptions(['app', ...flags, '--policy=/p'], {}, true).refused).toEqual({
      ignored: [],
      fatal: ['--remote-debugging-port', '--remote-debugging-pipe', '--inspect', '--inspect-brk', '--inspect-port'],
    });
    expect(parseLaunchOptions(['app', ...flags], {}, false).refused).toEqual({ ignored: [], fatal: [] });
    expect(parseLaunchOptions(['app', '--inspector-of-things', '--remote-debugging'], {}, true).refused.fatal).toEqual(
      [],
    );
  });
});

describe('mayCloseWindow', () => {
  it('guards Alt+F4 in kiosk mode unless staff chose to quit', () => {
    expect(mayCloseWindow({ kiosk: true, quitRequestedByStaff: false })).toBe(false);
    expect(mayCloseWindow({ kiosk: true, quitRequestedByStaff: true })).toBe(true);
    expect(mayCloseWindow({ kiosk: false, quitRequestedByStaff: false })).toBe(true);
  });
});
