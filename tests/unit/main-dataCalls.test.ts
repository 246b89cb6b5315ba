import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Electron is mocked (it cannot start here); the stores underneath write real temp files.
const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/home/staff/Documents'), relaunch: vi.fn(), exit: vi.fn(), quit: vi.fn() },
  dialog: { showSaveDialog: vi.fn() },
}));
vi.mock('electron', () => electron);
vi.mock('electron-log/main', () => ({
  default: {
    warn: vi.fn(),
    info: vi.fn(),
    error: vi.fn(),
    initialize: vi.fn(),
    transports: { file: {}, console: {} },
    errorHandler: { startCatching: vi.fn() },
  },
}));

const { createDataCalls } = await import('../../main/dataCalls');
const { createDataServices } = await import('../../main/dataServices');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-calls-'));
  vi.clearAllMocks();
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

function setUp() {
  const data = createDataServices({
    userDataDir: dir,
    policy: { settingsPolicy: null, machine: {}, problems: [], source: 'none' },
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
  });
  const windowState = { quitRequestedByStaff: false };
  return { data, windowState, calls: createDataCalls({ data, windowState, window: () => undefined }) };
}

describe('Electron staff data calls', () => {
  it('saveUsageCsv writes the CSV where staff chose, suggesting the file name in Documents', async () => {
    const { calls } = setUp();
    calls.recordUsage({ type: 'session-started' });
    const target = path.join(dir, 'export.csv');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(calls.saveUsageCsv(undefined)).resolves.toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toMatch(/^date,metric,key,count\r\n.*,sessions-started,,1\r\n/s);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: expect.stringMatching(/Documents[/\\]b12-kiosk-usage-\d{4}-\d{2}-\d{2}\.csv$/),
      }),
    );
  });

  it('saveUsageCsv reports a cancelled dialog as not saved', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(setUp().calls.saveUsageCsv(undefined)).resolves.toEqual({ saved: false });
  });

  it('restartApp flushes pending writes, replies, then relaunches', async () => {
    vi.useFakeTimers();
    const { calls } = setUp();
    await calls.updateSettings({ attract: { clinicName: 'Harbour' } });
    expect(calls.restartApp(undefined)).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8')).attract.clinicName).toBe('Harbour');
    expect(electron.app.relaunch).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(electron.app.relaunch).toHaveBeenCalledTimes(1);
    expect(electron.app.exit).toHaveBeenCalledWith(0);
  });

  it('quitKiosk lets the close guard pass, then quits', () => {
    vi.useFakeTimers();
    const { calls, windowState } = setUp();
    expect(calls.quitKiosk(undefined)).toEqual({ ok: true });
    expect(windowState.quitRequestedByStaff).toBe(true);
    vi.runAllTimers();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });
});
