import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { browserKioskArgs, parseExtraFlags } from './startPlan';

/**
 * Serves the built renderer on 127.0.0.1 (the same `vite preview` as `npm run web` and the tests)
 * and opens Chromium on it in kiosk mode with a fresh profile. Resolves with Chromium's exit code,
 * after stopping the server and deleting the profile.
 */
export async function runBrowserKiosk(options: { projectRoot: string; chromiumPath: string }): Promise<number> {
  const server = await preview({
    root: options.projectRoot,
    configFile: path.join(options.projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    preview: {
      host: '127.0.0.1',
      port: Number(process.env.KIOSK_BROWSER_PORT ?? 4180),
      strictPort: false,
      open: false,
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the renderer server did not report its address');
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'b12-browser-kiosk-'));
  console.log(`[kiosk:browser] serving ${url} · Chromium ${options.chromiumPath} · profile ${profileDir}`);

  const args = browserKioskArgs({
    url,
    profileDir,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    platform: process.platform,
    extraFlags: parseExtraFlags(process.env.KIOSK_BROWSER_FLAGS),
  });
  const browser = spawn(options.chromiumPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  // Vite's preview server exits the process on SIGTERM by itself, which would leave Chromium and
  // its profile behind; here a signal closes Chromium first, and the cleanup below runs after it.
  process.removeAllListeners('SIGTERM');
  const stop = () => browser.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('exit', () => browser.exitCode === null && browser.kill('SIGKILL'));

  const code = await new Promise<number>((resolve) => {
    browser.on('error', (error) => {
      console.error(`[kiosk:browser] Chromium could not start: ${error.message}`);
      resolve(1);
    });
    browser.on('exit', (exitCode) => resolve(exitCode ?? 0));
  });
  await server.close();
  rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
  console.log('[kiosk:browser] stopped; the browser profile was deleted');
  return code;
}
