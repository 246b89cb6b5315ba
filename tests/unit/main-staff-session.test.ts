import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appPaths, electron, ipcEventFrom, ipcHandlers, invokeHandler } from './support/electronMock';
import { captureLogs } from './support/captureLogs';

/**
 * Main enforces staff authority: every staff-only call is refused without a staff session,
 * allowed inside one, and refused again once it closes — by leaving staff mode, by a reload or
 * navigation, by the renderer going away, or by time. The real handlers and implementation run
 * over real files; only Electron is mocked.
 */
vi.mock('electron', () => import('./support/electronMock').then((m) => m.electron));
captureLogs();
const userData = mkdtempSync(path.join(tmpdir(), 'kiosk-staff-'));
appPaths.userData = userData;

const { registerHostHandlers, endStaffSessionsOnPageChange } = await import('../../main/ipc');
const { createHostImplementation } = await import('../../main/hostImplementation');
const { createDataServices } = await import('../../main/dataServices');
const { createRecentProblems } = await import('../../core/log/recentProblems');
const { STAFF_CALLS, channelFor, hostContract } = await import('../../core/host/contract');
const { createStaffSessions, STAFF_SESSION_MS } = await import('../../core/host/staffSession');
type CallName = (typeof STAFF_CALLS)[number];

const PIN = '24681357';
const OWN = ipcEventFrom(1, 'app://kiosk/index.html');
const clock = { now: 1_000_000 };
const data = createDataServices({
  userDataDir: userData,
  policy: { settingsPolicy: null, machine: {}, problems: [], source: 'none' },
  log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
});
const implementation = createHostImplementation({
  kiosk: true,
  data,
  windowState: { quitRequestedByStaff: false },
  window: () => undefined,
  recentProblems: createRecentProblems(),
});
const ran = new Map<string, number>();
const counted = Object.fromEntries(
  Object.entries(implementation).map(([name, run]) => [
    name,
    (arg: unknown) => (ran.set(name, (ran.get(name) ?? 0) + 1), (run as (a: unknown) => unknown)(arg)),
  ]),
);
const sessions = createStaffSessions(() => clock.now);
registerHostHandlers(counted as never, () => ({ webContentsId: 1 }), sessions);
const page = new electron.BrowserWindow({}).webContents;
page.id = 1;
endStaffSessionsOnPageChange(page as never, sessions);

const call = (name: string, arg?: unknown) => invokeHandler(channelFor(name as CallName), OWN, arg);
const STAFF_ARGS: Partial<Record<CallName, unknown>> = {
  updateSettings: { attract: { clinicName: 'Harbour' } },
  getUsage: { days: 7 },
};
const openSession = () => call('verifyPin', { pin: PIN });

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  await call('setPin', { newPin: PIN });
  await call('endStaffSession');
});
afterAll(() => {
  vi.useRealTimers();
  rmSync(userData, { recursive: true, force: true });
});
beforeEach(() => ran.clear());

describe('staff-only calls need a staff session', () => {
  it('the contract marks these calls staff-only', () => {
    expect([...STAFF_CALLS].sort()).toEqual(
      [
        'exportUsageCsv',
        'getRecentProblems',
        'listPrinters',
        'getUsage',
        'quitKiosk',
        'restartApp',
        'saveUsageCsv',
        'updateSettings',
      ].sort(),
    );
    expect(ipcHandlers.size).toBe(Object.keys(hostContract).length);
  });

  describe.each(STAFF_CALLS.map((name) => [name]))('%s', (name) => {
    const arg = STAFF_ARGS[name];
    const refused = () => expect(call(name, arg)).rejects.toThrow(/staff session required/);

    it('is refused without a session, and the implementation never runs', async () => {
      await refused();
      expect(ran.get(name) ?? 0).toBe(0);
    });

    it('runs inside a session, and is refused again after leaving staff mode', async () => {
      await openSession();
      await expect(call(name, arg)).resolves.toBeDefined();
      expect(ran.get(name)).toBe(1);
      await call('endStaffSession');
      await refused();
    });

    it('is refused after a reload or navigation, and after the renderer is gone', async () => {
      await openSession();
      page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
      await refused();
      await openSession();
      page.emit('render-process-gone', {}, { reason: 'crashed' });
      await refused();
    });

    it(`is refused after ${STAFF_SESSION_MS / 60_000} minutes without a staff call`, async () => {
      await openSession();
      clock.now += STAFF_SESSION_MS - 1;
      await expect(call(name, arg)).resolves.toBeDefined();
      clock.now += STAFF_SESSION_MS - 1;
      await expect(call(name, arg)).resolves.toBeDefined();
      clock.now += STAFF_SESSION_MS;
      await refused();
    });
  });

  it('a wrong PIN opens nothing; a same-page hash change keeps the session', async () => {
    await call('verifyPin', { pin: '00000000' });
    await expect(call('getUsage')).rejects.toThrow(/staff session required/);
    await openSession();
    page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    page.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    await expect(call('getUsage')).resolves.toBeDefined();
    await call('endStaffSession');
  });

  it("a session belongs to the page that opened it: another webContents' calls are refused anyway", async () => {
    await openSession();
    await expect(
      invokeHandler(channelFor('getUsage'), ipcEventFrom(2, 'app://kiosk/index.html'), undefined),
    ).rejects.toThrow('untrusted sender');
    await call('endStaffSession');
    console.log(
      `[staff] staff-only calls refused without a staff session: ${STAFF_CALLS.length} of ${STAFF_CALLS.length}`,
    );
  });
});
