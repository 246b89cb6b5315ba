import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron is mocked here only: this is a unit test of main's thin IPC glue.
const handlers = new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, raw: unknown) => Promise<unknown>) => handlers.set(channel, fn),
  },
}));
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

const { registerHostHandlers } = await import('../../main/ipc');
const { HOST_CALL_NAMES, channelFor } = await import('../../core/host/contract');

function eventFrom(id: number, url: string, mainFrame = true) {
  const frame = { url };
  return { sender: { id, mainFrame: mainFrame ? frame : { url } }, senderFrame: frame };
}

describe('registerHostHandlers', () => {
  const ping = vi.fn(({ nonce }: { nonce: string }) => ({ nonce, receivedAt: 1 }));
  beforeEach(() => {
    handlers.clear();
    ping.mockClear();
    const implementation = Object.fromEntries(HOST_CALL_NAMES.map((name) => [name, vi.fn()]));
    registerHostHandlers({ ...implementation, ping } as never, () => ({ webContentsId: 1 }));
  });

  it('registers one handler per contract call, on its own channel', () => {
    expect([...handlers.keys()].sort()).toEqual(HOST_CALL_NAMES.map(channelFor).sort());
  });

  it('runs the implementation for a valid call from our own main frame', async () => {
    await expect(handlers.get('kiosk:ping')?.(eventFrom(1, 'app://kiosk/index.html'), { nonce: 'a' })).resolves.toEqual(
      { nonce: 'a', receivedAt: 1 },
    );
  });

  it('rejects foreign senders and malformed payloads without calling the implementation', async () => {
    const call = handlers.get('kiosk:ping');
    await expect(call?.(eventFrom(2, 'app://kiosk/index.html'), { nonce: 'a' })).rejects.toThrow('untrusted sender');
    await expect(call?.(eventFrom(1, 'https://evil.example/'), { nonce: 'a' })).rejects.toThrow('untrusted sender');
    await expect(call?.(eventFrom(1, 'app://kiosk/index.html', false), { nonce: 'a' })).rejects.toThrow(
      'untrusted sender',
    );
    await expect(call?.(eventFrom(1, 'app://kiosk/index.html'), { nonce: 5 })).rejects.toThrow(
      /invalid argument for ping/,
    );
    expect(ping).not.toHaveBeenCalled();
  });
});
