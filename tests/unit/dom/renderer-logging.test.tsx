import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../core/host/contract';
import type { LogEntry } from '../../../core/log/entry';
import { createLogger } from '../../../core/log/logger';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary';
import { asHostApi, createBrowserImplementation } from '../../../renderer/host/browserHost';
import { startRendererLogging } from '../../../renderer/host/rendererLogging';
import { memoryStorage } from '../support/memoryStorage';

/**
 * Renderer errors reach the host's log through the real browser host (the same common
 * calls and dispatcher Electron's main uses), and staff read them back with getRecentProblems.
 */
const host: HostApi = asHostApi(createBrowserImplementation(memoryStorage()));
let stopLogging: () => void = () => undefined;

async function recentProblems(): Promise<LogEntry[]> {
  // Let the fire-and-forget log calls land first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return (await host.getRecentProblems()).entries;
}

beforeAll(async () => {
  // The browser host writes what it logs to the console; that is not under test here.
  for (const level of ['info', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
  stopLogging = startRendererLogging(() => host, window, false);
  // Staff may read recent problems only inside a staff session: set the first PIN to open one.
  expect(await host.setPin({ newPin: '24681357' })).toEqual({ ok: true });
});

afterAll(() => {
  stopLogging();
  vi.restoreAllMocks();
});

afterEach(() => document.body.replaceChildren());

describe('every renderer problem reaches the host log, and staff see it', () => {
  it('a named logger: scope, level, message and the error', async () => {
    createLogger('fonts').warn('could not load the arabic font', new Error('network gone'));
    expect(await recentProblems()).toContainEqual(
      expect.objectContaining({
        origin: 'renderer',
        level: 'warn',
        scope: 'fonts',
        message: expect.stringMatching(/^could not load the arabic font: network gone/),
      }),
    );
  });

  it('an uncaught error', async () => {
    window.dispatchEvent(new ErrorEvent('error', { message: 'kaput', error: new TypeError('kaput') }));
    expect(await recentProblems()).toContainEqual(
      expect.objectContaining({ level: 'error', scope: 'uncaught', message: expect.stringMatching(/kaput/) }),
    );
  });

  it('an unhandled promise rejection', async () => {
    const event = Object.assign(new Event('unhandledrejection'), { reason: new Error('nobody caught me') });
    window.dispatchEvent(event);
    expect(await recentProblems()).toContainEqual(
      expect.objectContaining({
        scope: 'uncaught',
        message: expect.stringMatching(/^unhandled promise rejection: nobody caught me/),
      }),
    );
  });

  it('a screen that fails to render (the ErrorBoundary)', async () => {
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
    const Broken = (): never => {
      throw new Error('render exploded');
    };
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <ErrorBoundary onRecover={() => undefined}>
          <Broken />
        </ErrorBoundary>,
      ),
    );
    act(() => root.unmount());
    expect(await recentProblems()).toContainEqual(
      expect.objectContaining({
        scope: 'screen',
        message: expect.stringMatching(/^a screen failed to render .*Broken.*: render exploded/),
      }),
    );
  });

  it('control characters cannot forge log lines, and an odd logger name still logs', async () => {
    createLogger('Not A Scope!').error('line one\u0000\u001b[31m fake entry');
    const entries = await recentProblems();
    expect(entries).toContainEqual(
      expect.objectContaining({ scope: 'renderer', message: 'line one??[31m fake entry' }),
    );
  });
});

describe('logging never breaks the kiosk', () => {
  it('a failing log call falls back to the console once, without logging its own failure', async () => {
    const failing = { log: vi.fn(() => Promise.reject(new Error('host gone'))) } as unknown as HostApi;
    const printed = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    stopLogging();
    const stop = startRendererLogging(() => failing, window, false);
    createLogger('heartbeat').warn('heartbeat failed');
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    stopLogging = startRendererLogging(() => host, window, false);
    expect(failing.log).toHaveBeenCalledTimes(1);
    expect(printed).toHaveBeenCalledWith('[heartbeat] heartbeat failed');
  });

  it('stopping removes the global handlers', async () => {
    stopLogging();
    const log = vi.fn(() => Promise.resolve({ logged: true }));
    const stop = startRendererLogging(() => ({ log }) as unknown as HostApi, window, false);
    stop();
    window.dispatchEvent(new ErrorEvent('error', { message: 'after stop' }));
    createLogger('fonts').warn('after stop');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith({ level: 'warn', scope: 'fonts', message: 'after stop' });
    stopLogging = startRendererLogging(() => host, window, false);
  });
});
