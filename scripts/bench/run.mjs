#!/usr/bin/env node
// `npm run bench`: the kiosk against the browser's own floor, in real Chromium,
// at CPU ×1 and ×4, alternating kiosk and reference pages round by round.
// Usage: npm run build && npm run bench [-- --reps=20 --rates=1,4 --port=4250 --out=file.json]
// See README "Benchmark". A benchmark, not a test: it fails only if it cannot measure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initialJs } from '../lib/initialJs.mjs';
import { launchBrowser, openPage } from './browser.mjs';
import { kioskLanguages } from './languages.mjs';
import { kioskRound, referenceRound } from './rounds.mjs';
import { checkTargets, printRate, printTargets } from './report.mjs';
import { startServer } from './server.mjs';
import { summarise } from './stats.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const reps = Number(arg('reps', 20));
const rates = arg('rates', '1,4').split(',').map(Number);
const port = Number(arg('port', 4250));
// --only=ready,walk,languages runs some phases (for a quick look at one change); the default runs all.
const phases = new Set(arg('only', 'ready,walk,languages').split(','));
const outDir = path.resolve(projectRoot, process.env.KIOSK_OUT ?? 'out/renderer');

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No renderer build at ${outDir}. Run \`npm run build\` first.`);
  process.exit(1);
}
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain').length > 0;
const date = new Date().toISOString();
const out = path.resolve(
  arg('out', path.join(projectRoot, 'bench/results', `${date.slice(0, 10)}-${commit}${dirty ? '-dirty' : ''}.json`)),
);

const server = await startServer({ appRoot: outDir, referenceRoot: path.join(projectRoot, 'bench/reference'), port });
const { browser, version } = await launchBrowser();
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: version,
};
console.log(
  `bench: ${reps} rounds per CPU rate (${rates.map((r) => `×${r}`).join(', ')}) on ${server.url}, commit ${commit}${dirty ? ' (uncommitted changes)' : ''}`,
);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Chromium ${version}`);

const started = Date.now();
const errors = [];
try {
  // An unmeasured pass first: it proves the walk works and records what each language
  // looks like (words, font stack, @font-face rules) for the plain-HTML reference.
  const capture = await openPage(browser, { rate: 1, target: 'html[data-screen="attract"] main button' });
  await capture.page.goto(server.url);
  const { captured, codes } = await kioskLanguages(capture, null, { capture: true });
  console.log(`languages offered: ${codes.join(' ')}`);
  await capture.close();

  const raw = {};
  for (const rate of rates) {
    const samples = (raw[rate] = emptySamples());
    for (let round = -1; round < reps; round += 1) {
      const keep = round >= 0; // round -1 warms the browser and server up
      const kiosk = () =>
        kioskRound(browser, server.url, rate, keep ? samples : emptySamples(), { codes, errors, phases });
      const reference = () =>
        referenceRound(browser, server.url, rate, keep ? samples : emptySamples(), { codes, captured, errors, phases });
      const order = round % 2 === 0 ? [kiosk, reference] : [reference, kiosk];
      for (const step of order) await step();
      process.stdout.write(`  ×${rate} round ${round + 1}/${reps} (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
  }

  const byRate = Object.fromEntries(Object.entries(raw).map(([rate, samples]) => [rate, summarise(samples)]));
  const js = initialJs(outDir);
  for (const [rate, s] of Object.entries(byRate)) printRate(rate, s);
  const targets = checkTargets(byRate, js.gzip);
  console.log(`\ninitial JS: ${(js.raw / 1024).toFixed(1)} KiB raw, ${(js.gzip / 1024).toFixed(1)} KiB gzip`);
  printTargets(targets);
  const fonts = Object.fromEntries(Object.entries(captured).map(([code, c]) => [code, c.drawnWith]));
  mkdirSync(path.dirname(out), { recursive: true });
  const result = {
    date,
    commit,
    dirty,
    machine,
    reps,
    rates,
    initialJs: js,
    targets,
    results: byRate,
    drawnWith: fonts,
    raw,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`\nwrote ${path.relative(projectRoot, out)} (${Math.round((Date.now() - started) / 1000)} s)`);
  if (errors.length > 0) {
    console.error(`page errors during the run: ${errors.length}\n${[...new Set(errors)].join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}

function emptySamples() {
  return {
    ready: { app: [], blank: [], oneButton: [] },
    bytesBeforePaint: { app: [], blank: [], oneButton: [] },
    taps: { app: [], oneButton: [] },
    walks: [],
    languages: { app: [], reference: [] },
    languageRuns: [],
  };
}
