import type { BrowserWindow, WebContentsPrintOptions } from 'electron';
import type { HostImplementation } from '../core/host/contract';
import { createLogger } from '../core/log/logger';
import { decidePrint, type PrintProblem } from '../core/print/printDecision';
import type { DataServices } from './dataServices';

const log = createLogger('print');

export interface PrintCallContext {
  data: Pick<DataServices, 'settings'>;
  window: () => BrowserWindow | undefined;
}

type PrintResult = { ok: boolean; problem?: PrintProblem };

/** webContents.print as a promise: silent, to one printer, on that printer's own paper (A4, Letter or an 80 mm roll). */
function printSilently(window: BrowserWindow, deviceName: string): Promise<{ success: boolean; reason: string }> {
  const options: WebContentsPrintOptions = {
    silent: true,
    deviceName,
    printBackground: false,
    usePrinterDefaultPageSize: true,
  };
  return new Promise((resolve) => {
    window.webContents.print(options, (success, reason) => resolve({ success, reason }));
  });
}

/**
 * The printer list for staff and "Print my list" for the patient. The page printed is the
 * kiosk's own: its print stylesheet shows only the list (renderer/patient/print). Whether to
 * print, and where, is core/print/printDecision.ts; every problem is logged and answered
 * with a reason, so the patient's screen shows the QR code instead.
 */
export function createPrintCalls({
  data,
  window,
}: PrintCallContext): Pick<HostImplementation, 'listPrinters' | 'printList'> {
  let busy = false;
  const printers = async (owner: BrowserWindow) =>
    (await owner.webContents.getPrintersAsync()).map(({ name, displayName }) => ({ name, displayName }));

  return {
    listPrinters: async () => {
      const owner = window();
      return { printers: owner ? (await printers(owner)).slice(0, 100) : [] };
    },
    printList: async (): Promise<PrintResult> => {
      const owner = window();
      if (!owner) return { ok: false, problem: 'failed' };
      const { takeHome } = data.settings.getSettings().settings;
      const decision = decidePrint({
        enabled: takeHome.printEnabled,
        wanted: takeHome.printer,
        printers: takeHome.printEnabled ? await printers(owner) : [],
        busy,
      });
      if (decision.kind === 'fallback') {
        log.warn(`take-home list not printed: ${decision.reason}`);
        return { ok: false, problem: decision.reason };
      }
      busy = true;
      try {
        const { success, reason } = await printSilently(owner, decision.deviceName);
        if (success) {
          log.info(`take-home list sent to ${decision.deviceName || 'the default printer'}`);
          return { ok: true };
        }
        log.warn(`take-home list did not print on ${decision.deviceName || 'the default printer'}: ${reason}`);
        return { ok: false, problem: 'failed' };
      } catch (error) {
        log.error('printing the take-home list failed', error);
        return { ok: false, problem: 'failed' };
      } finally {
        busy = false;
      }
    },
  };
}
