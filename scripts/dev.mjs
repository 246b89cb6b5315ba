// Development: Vite dev server (hot reload for the renderer), esbuild watching
// main + preload, and Electron in a window with devtools, restarted when main changes.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const devUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`[dev] renderer at ${devUrl}`);

const builder = spawn(process.execPath, ['scripts/build-main.mjs', '--watch'], { stdio: 'inherit' });

let electron;
let restartTimer;
function startElectron() {
  electron = spawn('npx', ['electron', '.', '--windowed'], {
    stdio: 'inherit',
    env: { ...process.env, KIOSK_DEV_SERVER_URL: devUrl },
  });
  electron.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') shutdown(code ?? 0);
  });
}

function restartElectron() {
  clearTimeout(restartTimer);
  restartTimer = setTimeout(() => {
    console.log('[dev] main process changed: restarting Electron');
    electron?.removeAllListeners('exit');
    electron?.kill('SIGTERM');
    startElectron();
  }, 300);
}

function shutdown(code) {
  builder.kill('SIGTERM');
  void server.close().then(() => process.exit(code));
}

// Wait for the first main/preload build before launching.
setTimeout(() => {
  startElectron();
  watch('out/main', restartElectron);
  watch('out/preload', restartElectron);
}, 1500);
process.on('SIGINT', () => shutdown(0));
