import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRecordings } from '../../scripts/audioManifestPlugin';

describe('recorded-audio manifest', () => {
  it('lists <lang>/<pageId>.mp3 files only, sorted, with forward slashes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audio-'));
    for (const file of [
      'so/what-is-b12.mp3',
      'en/b12-what.mp3',
      'zh-Hans/b12-what.mp3',
      'en/notes.txt',
      'stray.mp3',
      'en/deeper/extra.mp3',
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    expect(listRecordings(dir)).toEqual(['en/b12-what.mp3', 'so/what-is-b12.mp3', 'zh-Hans/b12-what.mp3']);
  });

  it('is empty when the clinic has added no audio folder', () => {
    expect(listRecordings(path.join(tmpdir(), 'no-such-audio-folder-here'))).toEqual([]);
  });
});
