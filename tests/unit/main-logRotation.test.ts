import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILES_KEPT, rotateLogFiles } from '../../main/logRotation';

describe('log rotation (real files)', () => {
  it('keeps five older files, newest first, so one burst cannot erase the history', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-logs-'));
    const current = path.join(dir, 'main.log');
    for (let round = 1; round <= 8; round += 1) {
      writeFileSync(current, `round ${round}\n`);
      rotateLogFiles(current);
    }
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.4.log', 'main.5.log']);
    expect(LOG_FILES_KEPT).toBe(5);
    expect(readFileSync(path.join(dir, 'main.1.log'), 'utf8')).toBe('round 8\n');
    expect(readFileSync(path.join(dir, 'main.5.log'), 'utf8')).toBe('round 4\n');
    rmSync(dir, { recursive: true, force: true });
  });
});
