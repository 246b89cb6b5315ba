import type { ChromiumLookup } from '../../tests/support/findChromium';
import { chromiumArgs } from '../../tests/support/findChromium';
import type { ElectronLookup } from '../../tests/support/findElectron';

/**
 * What `npm start` does, decided before anything launches (pure, unit-tested):
 * the Electron kiosk when its binary is there; otherwise a plain explanation and the
 * browser kiosk — never Electron's own "fetch failed… run npx install-electron".
 */
export type StartPlan =
  { kind: 'electron'; executablePath: string; args: string[] } | { kind: 'browser'; notice: string | null };

export function planStart(electron: ElectronLookup, argv: readonly string[]): StartPlan {
  const forwarded = argv.filter((arg) => arg !== '--browser');
  if (argv.includes('--browser')) return { kind: 'browser', notice: null };
  if (electron.available)
    return { kind: 'electron', executablePath: electron.executablePath, args: ['.', ...forwarded] };
  return { kind: 'browser', notice: electronMissingNotice(electron.reason) };
}

export function electronMissingNotice(reason: string): string {
  return [
    'The kiosk app (Electron) cannot start on this machine: its program is not installed.',
    `  Why: ${reason}`,
    '  What works instead: the same kiosk in your Chromium, starting now (npm run kiosk:browser does this directly).',
    '  To get the real kiosk: run `npx install-electron` on a machine with internet access, then `npm start` again.',
  ].join('\n');
}

export const BROWSER_HOST_BANNER = [
  'BROWSER HOST: the kiosk runs in Chromium, not in the locked-down Electron app.',
  '  No OS lock-down: keyboard shortcuts and other windows still work. Settings, PIN and usage counts',
  '  live in this browser profile, which is thrown away when the window closes. Close it (or Ctrl+C here) to stop.',
].join('\n');

export function chromiumMissingNotice(lookup: Extract<ChromiumLookup, { found: false }>): string {
  return `The browser kiosk needs Chromium too. ${lookup.message}`;
}

/**
 * Chromium in kiosk mode on the served app: full screen, one app window, a throw-away profile,
 * no first-run or translate prompts, no swipe-back or pinch, and the tests' no-phoning-home flags.
 * `extraFlags` (KIOSK_BROWSER_FLAGS) lets a test or a demo add e.g. --headless=new.
 */
export function browserKioskArgs(options: {
  url: string;
  profileDir: string;
  isRoot: boolean;
  platform: string;
  extraFlags?: readonly string[];
}): string[] {
  return [
    '--kiosk',
    `--app=${options.url}`,
    `--user-data-dir=${options.profileDir}`,
    '--no-default-browser-check',
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
    '--disable-features=Translate',
    '--overscroll-history-navigation=0',
    '--disable-pinch',
    // Only fatal messages on the terminal: Chromium's D-Bus and GPU chatter would bury the banner.
    '--log-level=3',
    // Read-aloud voices on Linux come from speech-dispatcher, which Chromium uses only when asked.
    ...(options.platform === 'linux' ? ['--enable-speech-dispatcher'] : []),
    ...chromiumArgs(options.isRoot),
    ...(options.extraFlags ?? []),
  ];
}

/** KIOSK_BROWSER_FLAGS="--a --b=c" → ['--a', '--b=c']. */
export function parseExtraFlags(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((flag) => flag !== '');
}
