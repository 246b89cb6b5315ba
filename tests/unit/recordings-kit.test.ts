/**
 * The recording kit on real files: WAVs made here (voice-like sound, silence,
 * too quiet), the committed MP3 of real speech, and files that are not what
 * their name says. The CLI runs once per exit code it promises.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages } from '../../core/content';
import { checkRecordingsFolder } from '../../scripts/recordings/checkFolder';
import { measureLevels } from '../../scripts/recordings/levels';
import { judgeSound } from '../../scripts/recordings/verdict';
import { silentWav16, voiceLikeWav } from './support/wavFiles';

const SPEECH_MP3 = path.resolve('tests/fixtures/recordings/speech-en.mp3');

function folderWith(files: Record<string, Buffer | string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'recordings-'));
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), body);
  }
  return root;
}

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recordings/check.ts', ...args], { encoding: 'utf8' });
}

describe('levels and verdicts', () => {
  it('measures real MP3 speech and a generated WAV like sox does', async () => {
    const mp3 = await measureLevels(SPEECH_MP3, '.mp3');
    // sox on the WAV it was encoded from: peak -2.72, RMS -20.37 dBFS, 3.88 s.
    expect(mp3.peakDbfs).toBeGreaterThan(-4);
    expect(mp3.peakDbfs).toBeLessThan(-2);
    expect(mp3.rmsDbfs).toBeCloseTo(-20.4, 0);
    expect(mp3.decodedSeconds).toBeGreaterThan(3.8);
    const root = folderWith({ 'voice.wav': voiceLikeWav(2, 0.5), 'silent.wav': silentWav16(2) });
    expect((await measureLevels(path.join(root, 'voice.wav'), '.wav')).peakDbfs).toBeCloseTo(20 * Math.log10(0.5), 0);
    expect((await measureLevels(path.join(root, 'silent.wav'), '.wav')).peakDbfs).toBe(-Infinity);
  });

  it('silence fails; quiet, loud, clipped and short only warn', () => {
    const seconds = 10;
    expect(judgeSound({ peakDbfs: -70, rmsDbfs: -80, decodedSeconds: seconds }, seconds).errors).toHaveLength(1);
    expect(judgeSound({ peakDbfs: -30, rmsDbfs: -65, decodedSeconds: seconds }, seconds).errors).toHaveLength(1);
    expect(judgeSound({ peakDbfs: -3, rmsDbfs: -20, decodedSeconds: seconds }, seconds)).toEqual({
      errors: [],
      warnings: [],
    });
    const warned = (peakDbfs: number, rmsDbfs: number, length = seconds) =>
      judgeSound({ peakDbfs, rmsDbfs, decodedSeconds: length }, length);
    expect(warned(-20, -40)).toMatchObject({ errors: [], warnings: [expect.stringMatching(/^quiet/)] });
    expect(warned(-1, -8)).toMatchObject({ errors: [], warnings: [expect.stringMatching(/^very loud/)] });
    expect(warned(0, -18)).toMatchObject({ errors: [], warnings: [expect.stringMatching(/clipped/)] });
    expect(warned(-3, -20, 0.8)).toMatchObject({ errors: [], warnings: [expect.stringMatching(/only 0\.8 s/)] });
  });
});

describe('checkRecordingsFolder', () => {
  it('reports each file, fails on unmatched, unplayable and silent files, and counts coverage per topic', async () => {
    const root = folderWith({
      'so/neuropathy-nerves.wav': voiceLikeWav(3),
      'so/neuropathy-what.wav': silentWav16(3),
      'so/neuropathy-causes.wav': voiceLikeWav(3, 0.01),
      'so/not-a-page.wav': voiceLikeWav(3),
      'xx/b12-what.wav': voiceLikeWav(3),
      'so/b12-what.mp3': 'a text file renamed to .mp3 '.repeat(40),
      'so/b12-myelin.wav': readFileSync(SPEECH_MP3),
      'stray.wav': voiceLikeWav(3),
      '.DS_Store': 'finder junk',
    });
    copyFileSync(SPEECH_MP3, path.join(root, 'so/neuropathy-action.mp3'));
    // A manifest written by --write-manifest is not taken for a stray file.
    writeFileSync(path.join(root, 'manifest.json'), '{"files":[]}');
    const check = await checkRecordingsFolder(root);
    const byFile = Object.fromEntries(check.files.map((file) => [file.file, file]));
    expect(Object.keys(byFile).sort()).toEqual([
      'so/b12-myelin.wav',
      'so/b12-what.mp3',
      'so/neuropathy-action.mp3',
      'so/neuropathy-causes.wav',
      'so/neuropathy-nerves.wav',
      'so/neuropathy-what.wav',
      'so/not-a-page.wav',
      'stray.wav',
      'xx/b12-what.wav',
    ]);
    expect(byFile['so/neuropathy-nerves.wav']).toMatchObject({
      status: 'ok',
      format: expect.stringMatching(/^WAVE PCM, 16000 Hz, mono/),
    });
    expect(byFile['so/neuropathy-nerves.wav']?.durationSeconds).toBeCloseTo(3, 2);
    expect(byFile['so/neuropathy-action.mp3']).toMatchObject({
      status: 'ok',
      format: expect.stringMatching(/^MPEG 2 Layer 3/),
    });
    expect(byFile['so/neuropathy-what.wav']).toMatchObject({
      status: 'error',
      problems: [expect.stringMatching(/^silent/)],
    });
    expect(byFile['so/neuropathy-causes.wav']).toMatchObject({
      status: 'warning',
      problems: [expect.stringMatching(/^quiet/)],
    });
    expect(byFile['so/not-a-page.wav']?.problems[0]).toMatch(/matches no page: "not-a-page"/);
    expect(byFile['xx/b12-what.wav']?.problems[0]).toMatch(/"xx" is not one of the kiosk's language codes/);
    expect(byFile['stray.wav']?.problems[0]).toMatch(/not in a language folder/);
    expect(byFile['so/b12-what.mp3']).toMatchObject({
      status: 'error',
      problems: [expect.stringMatching(/no audio header/)],
    });
    expect(byFile['so/b12-myelin.wav']).toMatchObject({
      status: 'error',
      problems: [expect.stringMatching(/no audio header/)],
    });
    expect(check.failed).toBe(true);
    expect(check.playable).toEqual([
      'so/neuropathy-action.mp3',
      'so/neuropathy-causes.wav',
      'so/neuropathy-nerves.wav',
    ]);
    expect(check.coverage).toHaveLength(1);
    expect(check.coverage[0]).toMatchObject({ language: 'so', recorded: 3 });
    expect(check.coverage[0]?.topics[0]).toMatchObject({ topicId: 'short-path', recorded: 0 });
    expect(check.coverage[0]?.topics[1]).toEqual({
      topicId: 'neuropathy',
      recorded: 3,
      total: 4,
      missing: ['so/neuropathy-what.mp3'],
    });
    expect(check.coverage[0]?.topics[2]).toMatchObject({ topicId: 'b12-and-nerves', recorded: 0 });
  });

  it('keeps one recording per page and rejects symbolic links', async () => {
    const root = folderWith({ 'en/b12-what.wav': voiceLikeWav(2) });
    copyFileSync(SPEECH_MP3, path.join(root, 'en/b12-what.mp3'));
    symlinkSync(SPEECH_MP3, path.join(root, 'en/b12-myelin.mp3'));
    const check = await checkRecordingsFolder(root);
    expect(check.playable).toEqual(['en/b12-what.mp3']);
    const problems = Object.fromEntries(check.files.map((file) => [file.file, file.problems[0]]));
    expect(problems['en/b12-what.wav']).toMatch(/a second recording of en\/b12-what/);
    expect(problems['en/b12-myelin.mp3']).toMatch(/symbolic link/);
  });
});

describe('npm run recordings:check', () => {
  it('exits 0 on good files and writes the manifest a static server needs', () => {
    const root = folderWith({ 'so/neuropathy-nerves.wav': voiceLikeWav(2) });
    const run = runCli(root, '--write-manifest');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`so Somali: 1/${allPages().length} pages`);
    expect(JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'))).toEqual({
      files: ['so/neuropathy-nerves.wav'],
    });
  });

  it('exits 1 on a silent file and 2 on a folder that does not exist', () => {
    const root = folderWith({ 'so/neuropathy-nerves.wav': silentWav16(2) });
    const silent = runCli(root);
    expect(silent.status).toBe(1);
    expect(silent.stdout).toMatch(/ERROR {2}so\/neuropathy-nerves\.wav/);
    const missing = path.join(root, 'no-such-folder');
    expect(existsSync(missing)).toBe(false);
    const run = runCli(missing);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read/);
  });
});
