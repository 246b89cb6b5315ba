import { describe, expect, it, vi } from 'vitest';
import { becomeReady, electron, ipcHandlers } from './support/electronMock';
import { captureLogs } from './support/captureLogs';

// A second copy of the kiosk (the lock is held): it quits at once and opens nothing.
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));
electron.app.requestSingleInstanceLock.mockReturnValue(false);

describe('a second launch while the kiosk runs', () => {
  it('quits without a window, handlers or a protocol', async () => {
    await import('../../main/main');
    captureLogs();
    becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.windows).toHaveLength(0);
    expect(ipcHandlers.size).toBe(0);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
  });
});
