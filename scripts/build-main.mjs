// Bundles the Electron main process and preload with esbuild (CommonJS, node target).
// esbuild rather than electron-vite: two entry points need no framework, and the
// renderer keeps a plain Vite config that also serves the browser host.
import { build, context } from 'esbuild';
import { contentVersion } from './contentVersion.mjs';

const watch = process.argv.includes('--watch');
const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron'],
  define: { __CONTENT_VERSION__: JSON.stringify(contentVersion(process.cwd())) },
  logLevel: 'info',
};
const entries = [
  { ...shared, entryPoints: ['main/main.ts'], outfile: 'out/main/main.cjs' },
  // Sandboxed preloads may only require('electron'); everything else is bundled in.
  { ...shared, entryPoints: ['main/preload.ts'], outfile: 'out/preload/preload.cjs' },
];

if (watch) {
  for (const options of entries) await (await context(options)).watch();
} else {
  await Promise.all(entries.map((options) => build(options)));
}
