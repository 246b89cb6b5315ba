import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettingsFile } from '../../core/settings/parseFile';

/**
 * kill -9 at random moments: a child process saves settings in a loop (the real file store:
 * write-file-atomic, fsync, rename) and is killed with SIGKILL 200 times. After every kill the
 * file must be valid and hold either the last value or a newer one — never a torn or older
 * file; the temp files interrupted writes leave must all be gone after the next start.
 */
const KILLS = 200;
const LANES = 4;
const work = mkdtempSync(path.join(tmpdir(), 'kiosk-kill-'));
const childScript = path.join(work, 'settingsWriterChild.cjs');

beforeAll(async () => {
  await build({
    entryPoints: [path.resolve('tests/unit/support/settingsWriterChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: childScript,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the child; resolves once it says ready (then kills it after `killAfterMs`, or lets it exit). */
function runChild(dir: string, mode: 'loop' | 'start', killAfterMs = 0): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dir, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => {
      if (mode === 'loop') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' || code === 0 ? resolve() : reject(new Error(`child exited ${code}: ${stderr}`)),
    );
  });
}

const tempFiles = (dir: string) => readdirSync(dir).filter((name) => /^settings\.json\.\d+$/.test(name));

function savedNumber(dir: string): number | null {
  const file = path.join(dir, 'settings.json');
  if (!existsSync(file)) return null;
  const parsed = parseSettingsFile(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`settings.json damaged after a kill: ${parsed.reason}`);
  const match = /^n(\d+)$/.exec(parsed.value.attract.clinicName);
  if (!match) throw new Error(`unexpected clinic name ${parsed.value.attract.clinicName}`);
  return Number(match[1]);
}

describe('settings survive kill -9 at random moments', () => {
  it(`${KILLS} kills: the file is always valid, old or new, and no temp file outlives the next start`, async () => {
    const started = Date.now();
    const outcomes = { kills: 0, valid: 0, neverWritten: 0, orphansSeen: 0, killsLeavingOrphans: 0 };
    const lane = async (index: number) => {
      const dir = mkdtempSync(path.join(work, `lane-${index}-`));
      let last = -1;
      for (let kill = 0; kill < KILLS / LANES; kill += 1) {
        await runChild(dir, 'loop', Math.floor(Math.random() * 40));
        outcomes.kills += 1;
        const saved = savedNumber(dir);
        if (saved === null) {
          expect(last).toBe(-1);
          outcomes.neverWritten += 1;
        } else {
          expect(saved).toBeGreaterThanOrEqual(last);
          last = saved;
          outcomes.valid += 1;
        }
        const orphans = tempFiles(dir).length;
        outcomes.orphansSeen += orphans;
        if (orphans > 0) outcomes.killsLeavingOrphans += 1;
      }
      await runChild(dir, 'start');
      expect(tempFiles(dir)).toEqual([]);
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    console.log(
      `[kill -9] ${outcomes.kills} kills in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${outcomes.valid} valid files, ${outcomes.neverWritten} before any write, 0 damaged; ` +
        `${outcomes.orphansSeen} temp files left by ${outcomes.killsLeavingOrphans} kills, all removed at the next start`,
    );
    expect(outcomes.kills).toBe(KILLS);
    expect(outcomes.valid + outcomes.neverWritten).toBe(KILLS);
  }, 240_000);
});
