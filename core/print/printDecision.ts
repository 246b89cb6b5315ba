/**
 * Whether, and where, to print a patient's take-home list. Pure, so main decides with it and
 * tests prove it. It fails closed: a list is never sent to a printer staff did not choose
 * (it might stand in another room), and a missing printer means "show the QR code instead".
 */

/** A printer as the system reports it (the fields of Electron's PrinterInfo that matter here). */
export interface SystemPrinter {
  /** The system name: what `webContents.print({ deviceName })` takes. */
  name: string;
  displayName: string;
  isDefault: boolean;
}

export const PRINT_REFUSALS = ['disabled', 'no-printer', 'printer-missing', 'no-default-printer'] as const;
export type PrintRefusal = (typeof PRINT_REFUSALS)[number];

export type PrintDecision = { kind: 'print'; deviceName: string } | { kind: 'fallback'; reason: PrintRefusal };

export interface PrintRequest {
  /** takeHome.printEnabled */
  enabled: boolean;
  /** takeHome.printer: a system name, or '' for the system's default printer. */
  wanted: string;
  printers: readonly SystemPrinter[];
}

export function decidePrint({ enabled, wanted, printers }: PrintRequest): PrintDecision {
  if (!enabled) return { kind: 'fallback', reason: 'disabled' };
  if (printers.length === 0) return { kind: 'fallback', reason: 'no-printer' };
  if (wanted !== '') {
    const chosen = printers.find((printer) => printer.name === wanted);
    return chosen ? { kind: 'print', deviceName: chosen.name } : { kind: 'fallback', reason: 'printer-missing' };
  }
  const systemDefault = printers.find((printer) => printer.isDefault);
  return systemDefault
    ? { kind: 'print', deviceName: systemDefault.name }
    : { kind: 'fallback', reason: 'no-default-printer' };
}

/** What staff see for the printer setting: the chosen printer is listed even while it is unplugged. */
export function printerChoices(
  wanted: string,
  printers: readonly SystemPrinter[],
): { name: string; label: string; present: boolean }[] {
  const listed = printers.map((printer) => ({
    name: printer.name,
    label: printer.displayName || printer.name,
    present: true,
  }));
  if (wanted !== '' && !printers.some((printer) => printer.name === wanted))
    listed.push({ name: wanted, label: wanted, present: false });
  return listed;
}
