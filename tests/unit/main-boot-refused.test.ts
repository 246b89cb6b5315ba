import { afterAll, describe, expect, it, vi } from 'vitest';
import { becomeReady, electron, ipcHandlers } from './support/electronMock';
import { captureLogs } from './support/captureLogs';

// A packaged kiosk started with a debugging port refuses to start at all.
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));
electron.app.isPackaged = true;
const argv = process.argv;
process.argv = [...argv, '--remote-debugging-port=9222'];
afterAll(() => void (process.argv = argv));

describe('a packaged kiosk launched with --remote-debugging-port', () => {
  it('exits with an error before it opens a window, a handler or the single-instance lock', async () => {
    await import('../../main/main');
    captureLogs();
    becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.windows).toHaveLength(0);
    expect(ipcHandlers.size).toBe(0);
    const { recentProblems } = await import('../../main/log');
    expect(recentProblems.list()).toEqual([
      expect.objectContaining({
        level: 'error',
        origin: 'main',
        message: expect.stringContaining('--remote-debugging-port'),
      }),
    ]);
  });
});
