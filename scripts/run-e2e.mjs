// Runs the Playwright suites (Chromium end-to-end, then Electron) on the built app.
// The Electron suite skips itself, with the reason printed, where no binary exists.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const outDir = path.resolve(process.env.KIOSK_OUT ?? 'out/renderer');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No renderer build at ${outDir}. Run \`npm run build\` first (npm test does this for you).`);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
