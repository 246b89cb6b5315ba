import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { collectKioskMetrics } from '../../core/monitoring';
import { renderExposition } from '../../main/monitoring/exposition';
import { startTextfileWriter, TEXTFILE_NAME } from '../../main/monitoring/textfileWriter';
import { morningFacts } from '../support/kioskFacts';

const silentLog = () => ({ info: vi.fn(), warn: vi.fn() });

describe('renderExposition (prom-client registry)', () => {
  it('writes HELP and TYPE once per family and a line per series', async () => {
    const text = await renderExposition(collectKioskMetrics(morningFacts()).families);
    expect(text).toContain('# HELP b12_kiosk_sessions_started_total Patient sessions started since the app started.\n');
    expect(text).toContain('# TYPE b12_kiosk_sessions_started_total counter\nb12_kiosk_sessions_started_total 3\n');
    expect(text).toContain('b12_kiosk_sessions_ended_total{outcome="walked_away"} 1\n');
    expect(text).toContain('b12_kiosk_language_chosen_total{language="zh-Hant"} 0\n');
    expect(text.match(/^# TYPE /gm)).toHaveLength(collectKioskMetrics(morningFacts()).families.length);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('escapes label values (a content fingerprint with quotes, a backslash and a line break)', async () => {
    const facts = morningFacts({ build: { version: '1.4.0', contentVersion: 'a"b\\c\nd', platform: 'win32' } });
    const text = await renderExposition(collectKioskMetrics(facts).families);
    expect(text).toContain('content_version="a\\"b\\\\c\\nd"');
  });
});

describe('startTextfileWriter', () => {
  it('writes b12_kiosk.prom atomically, leaving no temp file, readable by the exporter', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-prom-'));
    const log = silentLog();
    const writer = startTextfileWriter({ directory: dir, facts: () => morningFacts(), log });
    await writer.writeNow();
    writer.stop();
    expect(readdirSync(dir)).toEqual([TEXTFILE_NAME]);
    const file = path.join(dir, TEXTFILE_NAME);
    expect(readFileSync(file, 'utf8')).toContain('b12_kiosk_heartbeat_misses_total 4\n');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('rewrites the file each interval with the facts of that moment', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-prom-'));
      let misses = 0;
      const facts = () =>
        morningFacts({ renderer: { crashesByReason: {}, hangReloads: 0, heartbeatMisses: misses, relaunches: 0 } });
      const writer = startTextfileWriter({ directory: dir, facts, log: silentLog(), intervalMs: 60_000 });
      await writer.writeNow();
      misses = 7;
      vi.advanceTimersByTime(60_000);
      await writer.writeNow();
      writer.stop();
      expect(readFileSync(path.join(dir, TEXTFILE_NAME), 'utf8')).toContain('b12_kiosk_heartbeat_misses_total 7\n');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a folder that is missing is logged once, never thrown, and the next write after it appears succeeds', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'kiosk-prom-'));
    const dir = path.join(parent, 'not-yet');
    const log = silentLog();
    const writer = startTextfileWriter({ directory: dir, facts: () => morningFacts(), log });
    await writer.writeNow();
    await writer.writeNow();
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(String(log.warn.mock.calls[0]?.[0])).toMatch(/could not write .*b12_kiosk\.prom \(ENOENT\)/);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    await writer.writeNow();
    writer.stop();
    expect(readFileSync(path.join(dir, TEXTFILE_NAME), 'utf8')).toContain('b12_kiosk_build_info');
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('writing'));
  });

  it('logs a rejected extra metric once, and still writes the kiosk series', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-prom-'));
    const log = silentLog();
    const bad = { name: 'Voices', help: 'x', type: 'gauge' as const, labelNames: [], samples: [] };
    const writer = startTextfileWriter({ directory: dir, facts: () => morningFacts({ extraFamilies: [bad] }), log });
    await writer.writeNow();
    await writer.writeNow();
    writer.stop();
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(readFileSync(path.join(dir, TEXTFILE_NAME), 'utf8')).toContain('b12_kiosk_sessions_started_total 3');
  });
});
