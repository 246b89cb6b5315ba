import path from 'node:path';
import { _electron as electron, test, type ElectronApplication } from '@playwright/test';
import { findElectron } from '../../support/findElectron';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const electronLookup = findElectron(projectRoot);

/** Skips the calling test file, printing why, when this machine has no Electron binary. */
export function skipWithoutElectron(): void {
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
