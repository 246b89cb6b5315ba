import { createCommonCalls } from '../../core/host/commonCalls';
import { HOST_CALL_NAMES, type HostApi, type HostImplementation } from '../../core/host/contract';
import { dispatchCall } from '../../core/host/dispatch';
import { createStaffSession, type StaffSession } from '../../core/host/staffSession';
import { createRendererLogIntake, rememberingProblems } from '../../core/log/hostLog';
import type { LogSink } from '../../core/log/logger';
import { createRecentProblems } from '../../core/log/recentProblems';
import { createBrowserPinService } from './browserPin';
import { createBrowserDataServices } from './browserData';
import { fetchRecordingsManifest } from './browserRecordings';

/** Hands a file to the browser's download (the browser host's way to "save" the usage CSV). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const consoleSink: LogSink = ({ level, scope, message }) => console[level](`[${scope}] ${message}`);

/**
 * The host for plain Chromium (demos, tablets, tests): the same contract and the same common
 * calls as Electron, kept in localStorage. Its log is the console, and staff see its problems.
 */
export function createBrowserImplementation(storage: Storage = window.localStorage): HostImplementation {
  const data = createBrowserDataServices(storage);
  const recent = createRecentProblems();
  return {
    ...createCommonCalls({
      ...data,
      pin: createBrowserPinService(storage),
      rendererLog: createRendererLogIntake(rememberingProblems(recent, consoleSink)),
      recentProblems: recent.list,
    }),
    getAppInfo: () => ({
      name: __APP_NAME__,
      version: __APP_VERSION__,
      host: 'browser',
      kiosk: false,
      platform: globalThis.navigator?.platform || 'web',
      // A browser tab cannot leave kiosk mode, write where staff choose, or print without a dialog.
      capabilities: { canQuit: false, canSaveFile: false, canPrint: false },
    }),
    // No main process to watch over a browser tab: the argument is validated, nothing else.
    heartbeat: () => ({ ok: true as const }),
    getRecordings: fetchRecordingsManifest,
    // No monitoring in a browser tab: the report is validated and kept nowhere.
    reportVoiceCheck: () => ({ ok: true as const }),
    saveUsageCsv: () => {
      const { csv, suggestedFileName } = data.usage.exportCsv();
      download(csv, suggestedFileName);
      return { saved: true };
    },
    restartApp: () => {
      window.setTimeout(() => window.location.reload(), 50);
      return { ok: true };
    },
    quitKiosk: () => ({ ok: false }),
  };
}

/**
 * Wraps an implementation as the UI-facing API through the same dispatcher main uses: the
 * argument, the staff session (one per page: a reload starts without one) and the result.
 */
export function asHostApi(implementation: HostImplementation, session: StaffSession = createStaffSession()): HostApi {
  return Object.fromEntries(
    HOST_CALL_NAMES.map((name) => [name, (arg?: unknown) => dispatchCall(implementation, name, arg, session)]),
  ) as unknown as HostApi;
}
