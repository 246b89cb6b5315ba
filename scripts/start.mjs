// Entry of `npm start` and `npm run kiosk:browser`. The launcher is TypeScript (it shares the
// Chromium and Electron discovery with the tests), so esbuild bundles it first; Node 20 cannot run .ts.
//   node scripts/start.mjs             Electron kiosk, or the browser kiosk when Electron is missing
//   node scripts/start.mjs --browser   the browser kiosk
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const projectRoot = path.resolve(import.meta.dirname, '..');
const outfile = path.join(projectRoot, 'out/launcher/start.mjs');
await build({
  entryPoints: [path.join(projectRoot, 'scripts/kiosk/start.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { startKiosk } = await import(pathToFileURL(outfile).href);
startKiosk(projectRoot);
