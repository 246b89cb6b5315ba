import { existsSync } from 'node:fs';

export type ChromiumLookup = { found: true; path: string; source: string } | { found: false; message: string };

export const INSTALL_BROWSER_COMMAND = 'apt-get install -y chromium';

/**
 * Which Chromium the end-to-end tests drive: CHROMIUM_PATH if set, else
 * Playwright's own browser if installed, else Debian's /usr/bin/chromium.
 * `exists` is injectable so the order is unit-tested without touching the disk.
 */
export function findChromium(
  env: Record<string, string | undefined>,
  playwrightBrowserPath: string | undefined,
  exists: (path: string) => boolean = existsSync,
): ChromiumLookup {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { found: true, path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : { found: false, message: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there.` };
  }
  if (playwrightBrowserPath && exists(playwrightBrowserPath))
    return { found: true, path: playwrightBrowserPath, source: "Playwright's browser" };
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (exists(candidate)) return { found: true, path: candidate, source: candidate };
  }
  return {
    found: false,
    message: `No Chromium found for the end-to-end tests. Install one with: ${INSTALL_BROWSER_COMMAND} (as root), or set CHROMIUM_PATH.`,
  };
}

/** Flags that keep Chromium from phoning home (this machine has no network) and allow running as root. */
export function chromiumArgs(isRoot: boolean): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-default-apps',
    '--metrics-recording-only',
  ];
  return isRoot ? [...args, '--no-sandbox'] : args;
}
