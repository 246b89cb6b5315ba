import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import yaml from 'js-yaml';

// Where the installers put the app, computed with electron-builder's own naming functions
// from electron-builder.yml and package.json, so a renamed product or executable shows up here.
const require = createRequire(import.meta.url);
const { sanitizeFileName } = require('builder-util/out/filename') as { sanitizeFileName: (name: string) => string };
const { getWindowsInstallationDirName } = require('app-builder-lib/out/targets/targetUtil') as {
  getWindowsInstallationDirName: (
    info: { productFilename: string; sanitizedName: string },
    useProductName: boolean,
  ) => string;
};
const { installPrefix } = require('app-builder-lib/out/targets/LinuxTargetHelper') as { installPrefix: string };

interface BuilderConfig {
  productName?: string;
  executableName?: string;
  linux?: { executableName?: string };
  nsis?: { oneClick?: boolean; perMachine?: boolean };
}

export function packagedPaths(projectRoot: string) {
  const config = yaml.load(readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name: string;
    productName?: string;
  };
  const productName = config.productName ?? pkg.productName ?? pkg.name;
  const sanitizedProductName = sanitizeFileName(productName);
  const productFilename = config.executableName ? sanitizeFileName(config.executableName) : sanitizedProductName;
  const linuxExecutable = config.linux?.executableName ?? config.executableName ?? pkg.name.toLowerCase();
  const oneClick = config.nsis?.oneClick ?? true;
  const perMachine = config.nsis?.perMachine ?? false;
  return {
    /** The .deb's executable: /opt/<sanitized productName>/<linux executableName>. */
    linuxExecutable: path.posix.join(installPrefix, sanitizedProductName, sanitizeFileName(linuxExecutable)),
    /** NSIS per-machine install: folder under %ProgramFiles%, and the .exe in it. */
    windowsInstallDir: getWindowsInstallationDirName(
      { productFilename, sanitizedName: pkg.name },
      !oneClick || perMachine,
    ),
    windowsExecutable: `${productFilename}.exe`,
    perMachine,
  };
}
