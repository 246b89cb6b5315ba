import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import type { HostImplementation } from '../core/host/contract';
import type { DataServices } from './dataServices';
import type { KioskWindowState } from './window';
import { log } from './log';

export type DataCallName =
  | 'getSettings'
  | 'updateSettings'
  | 'recordUsage'
  | 'getUsage'
  | 'exportUsageCsv'
  | 'saveUsageCsv'
  | 'restartApp'
  | 'quitKiosk';

export interface DataCallContext {
  data: DataServices;
  windowState: KioskWindowState;
  window: () => BrowserWindow | undefined;
}

/** Lets the reply reach the renderer before the process goes away. */
function afterReply(task: () => void): void {
  setTimeout(task, 50);
}

/** Documents folder when the OS has one (a locked-down kiosk account may not), else the dialog's own default. */
function defaultSavePath(fileName: string): string {
  try {
    return path.join(app.getPath('documents'), fileName);
  } catch {
    return fileName;
  }
}

/** Settings, usage counts, export, restart and quit: the Electron side of staff mode's data. */
export function createDataCalls({
  data,
  windowState,
  window,
}: DataCallContext): Pick<HostImplementation, DataCallName> {
  return {
    getSettings: () => data.settings.getSettings(),
    updateSettings: (patch) => data.settings.updateSettings(patch),
    recordUsage: (event) => {
      data.usage.record(event);
      return { ok: true };
    },
    getUsage: (arg) => data.usage.summary(arg?.days),
    exportUsageCsv: () => data.usage.exportCsv(),
    saveUsageCsv: async () => {
      const { csv, suggestedFileName } = data.usage.exportCsv();
      const options = {
        title: 'Save usage counts',
        defaultPath: defaultSavePath(suggestedFileName),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
      const owner = window();
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFileAtomic(choice.filePath, csv);
      log.info(`usage counts exported to ${choice.filePath}`);
      return { saved: true, path: choice.filePath };
    },
    restartApp: () => {
      log.info('restart requested by staff');
      data.flush();
      afterReply(() => {
        app.relaunch();
        app.exit(0);
      });
      return { ok: true };
    },
    quitKiosk: () => {
      log.info('quit requested by staff');
      windowState.quitRequestedByStaff = true;
      data.flush();
      afterReply(() => app.quit());
      return { ok: true };
    },
  };
}
