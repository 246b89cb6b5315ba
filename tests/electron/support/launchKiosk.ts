import path from 'node:path';
import { _electron as electron, test, type ElectronApplication } from '@playwright/test';
import { findElectron } from '../../support/findElectron';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const electronLookup = findElectron(projectRoot);

/**
 * Skips the calling test file, printing why, when this machine has no Electron binary.
 * Where the binary must exist (the GitHub workflow sets B12_REQUIRE_ELECTRON=true), a missing one fails instead.
 */
export function skipWithoutElectron(): void {
  if (!electronLookup.available && process.env.B12_REQUIRE_ELECTRON === 'true')
    throw new Error(`B12_REQUIRE_ELECTRON is set but Electron is unavailable: ${electronLookup.reason}`);
  test.skip(
    !electronLookup.available,
    electronLookup.available ? '' : `Electron unavailable: ${electronLookup.reason}`,
  );
}

/** Launches the real built app (out/main/main.cjs) with a fresh profile. */
export async function launchKiosk(userDataDir: string, extraArgs: string[] = []): Promise<ElectronApplication> {
  if (!electronLookup.available) throw new Error(electronLookup.reason);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return electron.launch({
    executablePath: electronLookup.executablePath,
    args: [...(isRoot ? ['--no-sandbox'] : []), projectRoot, `--user-data-dir=${userDataDir}`, ...extraArgs],
    env: { ...process.env, NODE_ENV: 'test' },
  });
}
