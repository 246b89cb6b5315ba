import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

// Electron is mocked (it cannot start here); the settings underneath are real files.
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));

const { createPrintCalls } = await import('../../main/printCalls');
const { createDataServices } = await import('../../main/dataServices');

const SYSTEM_PRINTERS = [
  { name: 'Front_Desk', displayName: 'Front desk laser', description: 'HP', options: { location: 'desk' } },
  { name: 'EPSON_TM_T20', displayName: 'Receipt printer', description: 'Epson', options: {} },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-print-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type PrintCallback = (success: boolean, reason: string) => void;

function setUp(answer: (callback: PrintCallback) => void = (callback) => callback(true, '')) {
  const data = createDataServices({
    userDataDir: dir,
    policy: { settingsPolicy: null, machine: {}, problems: [], source: 'none' },
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
  });
  const webContents = {
    getPrintersAsync: vi.fn(async () => SYSTEM_PRINTERS),
    print: vi.fn((_options: unknown, callback: PrintCallback) => answer(callback)),
  };
  const window = { webContents } as unknown as BrowserWindow;
  return { data, webContents, calls: createPrintCalls({ data, window: () => window }) };
}

describe('printing the take-home list from main', () => {
  it('lists the system printers by name and display name only', async () => {
    const { calls } = setUp();
    await expect(calls.listPrinters(undefined)).resolves.toEqual({
      printers: [
        { name: 'Front_Desk', displayName: 'Front desk laser' },
        { name: 'EPSON_TM_T20', displayName: 'Receipt printer' },
      ],
    });
  });

  it('prints nothing while staff have printing switched off (the default)', async () => {
    const { calls, webContents } = setUp();
    await expect(calls.printList(undefined)).resolves.toEqual({ ok: false, problem: 'disabled' });
    expect(webContents.print).not.toHaveBeenCalled();
  });

  it('prints silently to the chosen printer on its own paper size', async () => {
    const { calls, data, webContents } = setUp();
    data.settings.updateSettings({ takeHome: { printEnabled: true, printer: 'EPSON_TM_T20' } });
    await expect(calls.printList(undefined)).resolves.toEqual({ ok: true });
    expect(webContents.print).toHaveBeenCalledWith(
      { silent: true, deviceName: 'EPSON_TM_T20', printBackground: false, usePrinterDefaultPageSize: true },
      expect.any(Function),
    );
  });

  it('a chosen printer that is gone means the QR code, never another printer', async () => {
    const { calls, data, webContents } = setUp();
    data.settings.updateSettings({ takeHome: { printEnabled: true, printer: 'Old_Printer' } });
    await expect(calls.printList(undefined)).resolves.toEqual({ ok: false, problem: 'printer-missing' });
    expect(webContents.print).not.toHaveBeenCalled();
  });

  it('a job the printer refuses (out of paper, offline) is reported as failed', async () => {
    const { calls, data } = setUp((callback) => callback(false, 'Print job failed'));
    data.settings.updateSettings({ takeHome: { printEnabled: true } });
    await expect(calls.printList(undefined)).resolves.toEqual({ ok: false, problem: 'failed' });
  });

  it('one list at a time: a second press while printing is refused as busy', async () => {
    // The first job stays on the printer until the test finishes it; later ones print at once.
    let finish: PrintCallback | undefined;
    const { calls, data, webContents } = setUp((callback) => (finish ? callback(true, '') : (finish = callback)));
    data.settings.updateSettings({ takeHome: { printEnabled: true } });
    const first = calls.printList(undefined);
    await vi.waitFor(() => expect(webContents.print).toHaveBeenCalledTimes(1));
    await expect(calls.printList(undefined)).resolves.toEqual({ ok: false, problem: 'busy' });
    finish?.(true, '');
    await expect(first).resolves.toEqual({ ok: true });
    await expect(calls.printList(undefined)).resolves.toEqual({ ok: true });
  });
});
