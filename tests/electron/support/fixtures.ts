import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { findElectron } from '../../support/findElectron';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const electronLookup = findElectron(projectRoot);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface KioskOptions {
  /** Extra command-line flags for this test's kiosk. */
  kioskArgs: string[];
  /** Files written into the fresh profile (userData) before the kiosk starts, e.g. a damaged PIN record. */
  profileFiles: Record<string, string>;
}

/** Ends the app whatever state it is in: ask it to exit, wait for the process, then kill it. */
async function closeKiosk(app: ElectronApplication): Promise<void> {
  const child = app.process();
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), 5_000)),
  ]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * `app`: the real built kiosk (out/main/main.cjs) in Electron, with its own profile under this
 * test's output folder (kept with the test's artefacts), closed after the test even when it
 * failed. `page`: its window once the app has rendered. Where no Electron binary exists, every
 * test using them is skipped with the reason (or fails, when B12_REQUIRE_ELECTRON=true).
 */
export const test = base.extend<KioskOptions & { userDataDir: string; app: ElectronApplication; page: Page }>({
  kioskArgs: [[], { option: true }],
  profileFiles: [{}, { option: true }],
  userDataDir: async ({ profileFiles }, use, testInfo) => {
    const dir = testInfo.outputPath('profile');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(profileFiles)) writeFileSync(path.join(dir, name), text);
    await use(dir);
  },
  app: async ({ userDataDir, kioskArgs }, use, testInfo) => {
    // Where the binary must exist (the GitHub workflow sets B12_REQUIRE_ELECTRON=true), a missing one fails instead.
    if (!electronLookup.available && process.env.B12_REQUIRE_ELECTRON === 'true')
      throw new Error(`B12_REQUIRE_ELECTRON is set but Electron is unavailable: ${electronLookup.reason}`);
    testInfo.skip(
      !electronLookup.available,
      electronLookup.available ? '' : `Electron unavailable: ${electronLookup.reason}`,
    );
    if (!electronLookup.available) return;
    const app = await electron.launch({
      executablePath: electronLookup.executablePath,
      args: [...(isRoot ? ['--no-sandbox'] : []), projectRoot, `--user-data-dir=${userDataDir}`, ...kioskArgs],
      env: { ...process.env, NODE_ENV: 'test' },
    });
    try {
      await use(app);
    } finally {
      await closeKiosk(app);
    }
  },
  page: async ({ app }, use) => {
    const page = await app.firstWindow();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await use(page);
  },
});

export { expect };

/**
 * For files whose tests start the kiosk more than once (a restart, a crash): skips the calling
 * file with the reason where no Electron binary exists, or fails where it must exist.
 */
export function skipWithoutElectron(): void {
  if (!electronLookup.available && process.env.B12_REQUIRE_ELECTRON === 'true')
    throw new Error(`B12_REQUIRE_ELECTRON is set but Electron is unavailable: ${electronLookup.reason}`);
  base.skip(
    !electronLookup.available,
    electronLookup.available ? '' : `Electron unavailable: ${electronLookup.reason}`,
  );
}

/** Starts the real built kiosk with the given profile; the caller closes it. */
export async function launchKiosk(userDataDir: string, extraArgs: string[] = []): Promise<ElectronApplication> {
  if (!electronLookup.available) throw new Error(electronLookup.reason);
  return electron.launch({
    executablePath: electronLookup.executablePath,
    args: [...(isRoot ? ['--no-sandbox'] : []), projectRoot, `--user-data-dir=${userDataDir}`, ...extraArgs],
    env: { ...process.env, NODE_ENV: 'test' },
  });
}
