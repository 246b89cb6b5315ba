#!/usr/bin/env node
// `npm run size` (part of `npm test`, after the build): fails when the renderer's
// initial JavaScript (entry + static imports, gzip level 9) grows past its budget.
// The budget is what the build weighs today plus a little room; lower it when a
// change makes start-up lighter, so the saving cannot creep back unnoticed.
// Issue 17's target for a cheap kiosk PC is 120 KiB.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { initialJs } from './lib/initialJs.mjs';

// 118 since the staff, hardening and journey work landed together (116.0 KiB measured then): lower it again when start-up gets lighter.
export const INITIAL_JS_BUDGET_KIB = 118;
export const INITIAL_JS_TARGET_KIB = 120;

const outDir = path.resolve(process.env.KIOSK_OUT ?? 'out/renderer');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No renderer build at ${outDir}: run \`npm run build\` first.`);
  process.exit(1);
}
const { files, gzip } = initialJs(outDir);
const kib = gzip / 1024;
const line = `initial JS ${kib.toFixed(1)} KiB gzip in ${files.length} file(s); budget ${INITIAL_JS_BUDGET_KIB} KiB, target ${INITIAL_JS_TARGET_KIB} KiB`;
if (kib > INITIAL_JS_BUDGET_KIB) {
  console.error(`size: OVER BUDGET — ${line}`);
  for (const f of files) console.error(`  ${f.file}: ${(f.gzip / 1024).toFixed(1)} KiB gzip`);
  process.exit(1);
}
console.log(`size: ok — ${line}`);
