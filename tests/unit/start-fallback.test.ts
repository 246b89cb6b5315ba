import { describe, expect, it } from 'vitest';
import {
  browserKioskArgs,
  chromiumMissingNotice,
  electronMissingNotice,
  parseExtraFlags,
  planStart,
} from '../../scripts/kiosk/startPlan';
import { findChromium } from '../support/findChromium';
import { findElectron } from '../support/findElectron';

const noFiles = { exists: () => false, readText: () => '' };
const withElectron = {
  exists: (p: string) => p.endsWith('path.txt') || p.endsWith('/dist/electron'),
  readText: () => 'electron\n',
};

describe('npm start: is the Electron binary there? (decided before launching)', () => {
  it('launches the Electron binary itself, never the downloading `electron` wrapper, with the arguments', () => {
    const plan = planStart(findElectron('/repo', {}, withElectron), ['--policy=/etc/p.json']);
    expect(plan).toEqual({
      kind: 'electron',
      executablePath: '/repo/node_modules/electron/dist/electron',
      args: ['.', '--policy=/etc/p.json'],
    });
  });

  it('without the binary: says what is wrong and what works instead, then runs the browser kiosk', () => {
    const plan = planStart(findElectron('/repo', {}, noFiles), []);
    expect(plan.kind).toBe('browser');
    const notice = plan.kind === 'browser' ? (plan.notice ?? '') : '';
    expect(notice).toContain('The kiosk app (Electron) cannot start on this machine');
    expect(notice).toContain('node_modules/electron/path.txt is absent');
    expect(notice).toContain('npm run kiosk:browser');
    expect(notice).toContain('npx install-electron');
    expect(notice).not.toMatch(/fetch failed/);
  });

  it('a fake missing binary (ELECTRON_OVERRIDE_DIST_PATH at an empty folder) also falls back', () => {
    const plan = planStart(findElectron('/repo', { ELECTRON_OVERRIDE_DIST_PATH: '/empty' }, withElectron), []);
    expect(plan).toMatchObject({ kind: 'browser', notice: expect.stringContaining('/empty/electron') });
  });

  it('--browser goes straight to the browser kiosk without a notice, even with Electron present', () => {
    expect(planStart(findElectron('/repo', {}, withElectron), ['--browser'])).toEqual({
      kind: 'browser',
      notice: null,
    });
  });

  it('no Chromium either: names the command that installs one', () => {
    const lookup = findChromium({}, undefined, () => false);
    if (lookup.found) throw new Error('expected no Chromium');
    expect(chromiumMissingNotice(lookup)).toContain('apt-get install -y chromium');
  });

  it('explains in plain words, without the stack trace Electron prints', () => {
    expect(electronMissingNotice('x').split('\n')).toHaveLength(4);
  });
});

describe('the browser kiosk command line', () => {
  const args = browserKioskArgs({
    url: 'http://127.0.0.1:4180/',
    profileDir: '/tmp/p',
    isRoot: false,
    platform: 'linux',
  });

  it('opens only the app, full screen, in a throw-away profile', () => {
    expect(args.slice(0, 3)).toEqual(['--kiosk', '--app=http://127.0.0.1:4180/', '--user-data-dir=/tmp/p']);
    expect(args).toContain('--overscroll-history-navigation=0');
    expect(args).toContain('--disable-pinch');
    expect(args).toContain('--disable-features=Translate');
  });

  it("keeps the tests' no-phoning-home flags and adds --no-sandbox only for root", () => {
    expect(args).toContain('--disable-background-networking');
    expect(args).not.toContain('--no-sandbox');
    expect(browserKioskArgs({ url: 'u', profileDir: 'p', isRoot: true, platform: 'linux' })).toContain('--no-sandbox');
  });

  it('asks for speech-dispatcher voices on Linux only', () => {
    expect(args).toContain('--enable-speech-dispatcher');
    expect(browserKioskArgs({ url: 'u', profileDir: 'p', isRoot: false, platform: 'win32' })).not.toContain(
      '--enable-speech-dispatcher',
    );
  });

  it('appends KIOSK_BROWSER_FLAGS last', () => {
    expect(parseExtraFlags('  --headless=new   --remote-debugging-port=9 ')).toEqual([
      '--headless=new',
      '--remote-debugging-port=9',
    ]);
    expect(parseExtraFlags(undefined)).toEqual([]);
    const extra = browserKioskArgs({
      url: 'u',
      profileDir: 'p',
      isRoot: false,
      platform: 'linux',
      extraFlags: ['--x'],
    });
    expect(extra.at(-1)).toBe('--x');
  });
});
