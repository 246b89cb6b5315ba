import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { createLogger } from '../core/log/logger';
import type { HostSpecificCalls } from '../core/host/commonCalls';
import type { DataServices } from './dataServices';
import type { KioskWindowState } from './window';

const log = createLogger('staff-calls');

export interface ElectronCallContext {
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

/** Saving the usage CSV, restart and quit: what only Electron does (the rest is core/host/commonCalls.ts). */
export function createElectronCalls({
  data,
  windowState,
  window,
}: ElectronCallContext): Pick<HostSpecificCalls, 'saveUsageCsv' | 'restartApp' | 'quitKiosk'> {
  return {
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
