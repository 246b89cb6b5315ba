import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcEventFrom, ipcHandlers, ipcListeners, invokeHandler } from './support/electronMock';

// Electron is mocked here only: this is a unit test of main's thin IPC glue.
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));

const { registerHostHandlers } = await import('../../main/ipc');
const { HOST_CALL_NAMES, channelFor } = await import('../../core/host/contract');

describe('registerHostHandlers', () => {
  const ping = vi.fn(({ nonce }: { nonce: string }) => ({ nonce, receivedAt: 1 }));
  beforeEach(() => {
    ipcHandlers.clear();
    ping.mockClear();
    const implementation = Object.fromEntries(HOST_CALL_NAMES.map((name) => [name, vi.fn()]));
    registerHostHandlers({ ...implementation, ping } as never, () => ({ webContentsId: 1 }));
  });

  it('registers one handler per contract call, on its own kiosk: channel, and no listeners', () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(HOST_CALL_NAMES.map(channelFor).sort());
    expect([...ipcHandlers.keys()].every((channel) => channel.startsWith('kiosk:'))).toBe(true);
    expect(ipcListeners.size).toBe(0);
  });

  it('runs the implementation for a valid call from our own main frame', async () => {
    await expect(
      invokeHandler('kiosk:ping', ipcEventFrom(1, 'app://kiosk/index.html'), { nonce: 'a' }),
    ).resolves.toEqual({
      nonce: 'a',
      receivedAt: 1,
    });
  });

  it('rejects foreign senders and malformed payloads without calling the implementation', async () => {
    const call = (event: unknown, raw: unknown) => invokeHandler('kiosk:ping', event, raw);
    await expect(call(ipcEventFrom(2, 'app://kiosk/index.html'), { nonce: 'a' })).rejects.toThrow('untrusted sender');
    await expect(call(ipcEventFrom(1, 'https://evil.example/'), { nonce: 'a' })).rejects.toThrow('untrusted sender');
    await expect(call(ipcEventFrom(1, 'app://kiosk/index.html', false), { nonce: 'a' })).rejects.toThrow(
      'untrusted sender',
    );
    await expect(call(ipcEventFrom(1, 'app://kiosk/index.html'), { nonce: 5 })).rejects.toThrow(
      /invalid argument for ping/,
    );
    expect(ping).not.toHaveBeenCalled();
  });

  it('checks results too: an implementation that answers outside the contract is refused', async () => {
    ping.mockReturnValueOnce({ nonce: 'a', receivedAt: -5 });
    await expect(
      invokeHandler('kiosk:ping', ipcEventFrom(1, 'app://kiosk/index.html'), { nonce: 'a' }),
    ).rejects.toThrow(/host call ping produced an invalid result/);
  });
});
