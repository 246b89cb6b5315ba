import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { electron } from './support/electronMock';

// Main's monitoring glue. Electron is mocked (the shared stand-in) only for recovery.ts (app.relaunch); files are real.
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));

const { createKioskMonitor } = await import('../../main/monitoring/kioskMonitor');
const { createMonitoring } = await import('../../main/monitoring/startMonitoring');
const { createDataServices } = await import('../../main/dataServices');
const { watchRendererHealth } = await import('../../main/recovery');

const quietLog = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-monitoring-'));
  vi.clearAllMocks();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function monitor(now = () => 1_767_260_000_000) {
  return createKioskMonitor({
    build: { version: '1.0.0', contentVersion: 'abc', platform: 'linux' },
    startTimeSeconds: 100,
    topicIds: ['what-is-b12'],
    relaunchFile: path.join(dir, 'monitoring-relaunches.json'),
    configuration: () => ({ policyApplied: true, policyProblem: false, settingsProblem: false }),
    now,
  });
}

describe('createKioskMonitor', () => {
  it('turns what main sees into facts', () => {
    const m = monitor();
    m.rendererGone('crashed');
    m.rendererGone('crashed');
    m.rendererGone('oom');
    m.hangReload();
    m.heartbeatMiss();
    m.usageRecorded({ type: 'session-started' });
    m.usageRecorded({ type: 'session-ended', how: 'idle-reset', durationSeconds: 90 });
    const facts = m.facts();
    expect(facts.renderer).toEqual({
      crashesByReason: { crashed: 2, oom: 1 },
      hangReloads: 1,
      heartbeatMisses: 1,
      relaunches: 0,
    });
    expect(facts.usage.sessionsStarted).toBe(1);
    expect(facts.usage.lastIdleResetSeconds).toBe(1_767_260_000);
  });

  it('keeps the relaunch count across relaunches (a new process reads it back)', () => {
    monitor().beforeRelaunch();
    const afterOne = monitor();
    expect(afterOne.facts().renderer.relaunches).toBe(1);
    afterOne.beforeRelaunch();
    expect(monitor().facts().renderer.relaunches).toBe(2);
  });

  it('a damaged relaunch file counts from 0 instead of failing', () => {
    writeFileSync(path.join(dir, 'monitoring-relaunches.json'), '{"relaunches": "many"}');
    expect(monitor().facts().renderer.relaunches).toBe(0);
  });

  it('has one place for other parts to add gauges', () => {
    const m = monitor();
    m.addFamilies(() => [
      { name: 'b12_kiosk_language_audible', help: 'Heard.', type: 'gauge', labelNames: ['language'], samples: [] },
    ]);
    expect(m.facts().extraFamilies?.map((f) => f.name)).toEqual(['b12_kiosk_language_audible']);
  });
});

describe('createMonitoring (policy names the folder)', () => {
  function start(textfileDirectory: string | undefined, problems: string[] = []) {
    const policy = {
      settingsPolicy: null,
      machine: textfileDirectory ? { monitoring: { textfileDirectory } } : {},
      problems,
      source: 'file' as const,
    };
    const monitoring = createMonitoring({
      version: '2.0.0',
      platform: 'linux',
      userDataDir: dir,
      policy,
      log: quietLog(),
    });
    const data = createDataServices({
      userDataDir: dir,
      policy,
      log: quietLog(),
      onUsageRecorded: monitoring.monitor.usageRecorded,
    });
    monitoring.attach(data);
    return { monitoring, data };
  }

  it('writes b12_kiosk.prom there with the usage counted through the data services', async () => {
    const metrics = path.join(dir, 'metrics');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(metrics);
    writeFileSync(path.join(dir, 'settings.json'), '{ damaged');
    const { monitoring, data } = start(metrics, ['"idle.quietSeconds": 5 is out of range']);
    data.usage.record({ type: 'session-started' });
    data.usage.record({ type: 'language-chosen', language: 'vi' });
    await monitoring.stop();
    const text = readFileSync(path.join(metrics, 'b12_kiosk.prom'), 'utf8');
    expect(text).toContain('b12_kiosk_sessions_started_total 1\n');
    expect(text).toContain('b12_kiosk_language_chosen_total{language="vi"} 1\n');
    expect(text).toContain('b12_kiosk_policy_applied 1\n');
    expect(text).toContain('b12_kiosk_configuration_problem{source="policy"} 1\n');
    expect(text).toContain('b12_kiosk_configuration_problem{source="settings"} 1\n');
    expect(text).toMatch(/b12_kiosk_build_info\{version="2\.0\.0",content_version="[^"]+",platform="linux"\} 1/);
    // The content's topics exist from the start, at 0.
    expect(text).toMatch(/b12_kiosk_topic_opened_total\{topic="[a-z0-9-]+"\} 0/);
  });

  it('writes nothing when the policy names no folder', async () => {
    const { monitoring } = start(undefined);
    await monitoring.stop();
    expect(existsSync(path.join(dir, 'b12_kiosk.prom'))).toBe(false);
  });
});

describe('watchRendererHealth reports to monitoring', () => {
  function fakeWindow() {
    const window = Object.assign(new EventEmitter(), {
      webContents: new EventEmitter(),
      isDestroyed: () => false,
      loadURL: vi.fn(async () => undefined),
    });
    return window;
  }

  it('counts crashes by reason and hangs, ignores a clean exit, and counts the relaunch before it happens', () => {
    vi.useFakeTimers();
    try {
      const window = fakeWindow();
      const events = { rendererGone: vi.fn(), hangReload: vi.fn(), beforeRelaunch: vi.fn() };
      electron.app.relaunch.mockImplementation(() => expect(events.beforeRelaunch).toHaveBeenCalled());
      watchRendererHealth(window as unknown as BrowserWindow, 'app://kiosk/', path.join(dir, 'recovery.json'), events);
      window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
      window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
      window.emit('unresponsive');
      window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
      expect(events.rendererGone.mock.calls).toEqual([['crashed'], ['oom']]);
      expect(events.hangReload).toHaveBeenCalledTimes(1);
      expect(electron.app.relaunch).not.toHaveBeenCalled();
      window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
      vi.runOnlyPendingTimers();
      expect(events.beforeRelaunch).toHaveBeenCalledTimes(1);
      expect(electron.app.relaunch).toHaveBeenCalledTimes(1);
    } finally {
      electron.app.relaunch.mockReset();
      vi.useRealTimers();
    }
  });
});
