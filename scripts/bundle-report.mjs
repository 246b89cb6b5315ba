#!/usr/bin/env node
/**
 * Reads a renderer build (KIOSK_OUT or out/renderer) and prints what start-up
 * costs and what each script's fonts weigh:
 *  - initial JavaScript: the entry script(s) in index.html plus their static
 *    imports, raw and gzip (node:zlib, level 9);
 *  - font bytes per script: the woff2 files Chromium fetches (the .woff copies
 *    are fallbacks for old browsers, listed apart), and how many files.
 * Usage: npm run build && npm run bundle-report   (add --json for machine output)
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { initialJs } from './lib/initialJs.mjs';

const outDir = path.resolve(process.env.KIOSK_OUT ?? 'out/renderer');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No build at ${outDir}: run \`npm run build\` first (or set KIOSK_OUT).`);
  process.exit(1);
}

const initial = initialJs(outDir).files;

/** Which script a bundled font file serves, from its @fontsource file name. */
function scriptOf(name) {
  if (name.startsWith('atkinson-hyperlegible-')) return 'latin (Atkinson Hyperlegible, start-up UI font)';
  if (name.startsWith('noto-sans-sc-')) return 'han-simplified';
  if (name.startsWith('noto-sans-tc-')) return 'han-traditional';
  if (name.startsWith('noto-sans-kr-')) return 'hangul';
  if (name.startsWith('noto-sans-arabic-')) return 'arabic';
  if (name.startsWith('noto-sans-devanagari-')) return 'devanagari';
  if (/^noto-sans-cyrillic/.test(name)) return 'cyrillic (Noto Sans)';
  if (/^noto-sans-(latin|vietnamese)/.test(name)) return 'latin incl. Vietnamese (Noto Sans)';
  if (name.startsWith('noto-sans-')) return 'other Noto Sans subsets (greek, devanagari in Noto Sans)';
  return 'unknown';
}

/** Cut at build time to the kiosk's words (.content) or to the picker's names (.picker), or whole. */
function purposeOf(name) {
  if (name.includes('.picker')) return 'picker font (names and phrases)';
  if (name.includes('.content')) return "cut to the kiosk's words";
  return name.startsWith('atkinson-') ? 'whole font' : 'whole font (for words staff type)';
}

const fonts = new Map();
for (const name of readdirSync(path.join(outDir, 'assets'))) {
  const ext = name.endsWith('.woff2') ? 'woff2' : name.endsWith('.woff') ? 'woff' : null;
  if (!ext) continue;
  const script = `${scriptOf(name)}: ${purposeOf(name)}`;
  const row = fonts.get(script) ?? { script, woff2: 0, woff2Files: 0, woff: 0 };
  const size = statSync(path.join(outDir, 'assets', name)).size;
  if (ext === 'woff2') {
    row.woff2 += size;
    row.woff2Files += 1;
  } else row.woff += size;
  fonts.set(script, row);
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const report = {
  outDir,
  initialJs: {
    files: initial,
    raw: initial.reduce((s, f) => s + f.raw, 0),
    gzip: initial.reduce((s, f) => s + f.gzip, 0),
  },
  fontsPerScript: [...fonts.values()].sort((a, b) => b.woff2 - a.woff2),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Renderer build: ${outDir}`);
  console.log(
    `Initial JavaScript: ${kib(report.initialJs.raw)} raw, ${kib(report.initialJs.gzip)} gzip (${initial.map((f) => f.file).join(', ')})`,
  );
  console.log('Fonts per script (woff2 is what the kiosk fetches, and only the subsets on screen):');
  for (const row of report.fontsPerScript)
    console.log(
      `  ${row.script.padEnd(90)} ${kib(row.woff2).padStart(12)} in ${String(row.woff2Files).padStart(3)} woff2 files (+ ${kib(row.woff)} woff fallbacks)`,
    );
}
