import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronLookup = { available: true; executablePath: string } | { available: false; reason: string };

/**
 * Finds the Electron binary without triggering electron's lazy download
 * (require('electron') would try to fetch it, and hang or fail offline).
 */
export interface FileProbe {
  exists(path: string): boolean;
  readText(path: string): string;
}

const realFiles: FileProbe = { exists: existsSync, readText: (p) => readFileSync(p, 'utf8') };

export function findElectron(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
  files: FileProbe = realFiles,
): ElectronLookup {
  const exists = (p: string) => files.exists(p);
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(
      env.ELECTRON_OVERRIDE_DIST_PATH,
      process.platform === 'win32' ? 'electron.exe' : 'electron',
    );
    return exists(candidate)
      ? { available: true, executablePath: candidate }
      : { available: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${candidate})` };
  }
  if (!exists(pathFile)) {
    return {
      available: false,
      reason:
        'the Electron binary has not been downloaded (node_modules/electron/path.txt is absent; ' +
        "this machine cannot reach Electron's release host). Run `npx electron --version` on a networked machine to fetch it.",
    };
  }
  const executablePath = path.join(packageDir, 'dist', files.readText(pathFile).trim());
  return exists(executablePath)
    ? { available: true, executablePath }
    : { available: false, reason: `the Electron binary is missing at ${executablePath}` };
}
