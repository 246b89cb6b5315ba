/**
 * Whether, and where, to print a patient's take-home list. Pure, so main decides with it and
 * tests prove it. It fails closed: a list is never sent to a printer staff did not choose
 * (it might stand in another room), and no printer means "show the QR code instead".
 */

/** A printer as the system reports it (the fields of Electron's PrinterInfo that matter here). */
export interface SystemPrinter {
  /** The system name: what `webContents.print({ deviceName })` takes. */
  name: string;
  displayName: string;
}

/** Why a list was not printed; each one makes the patient's screen show the QR code instead. */
export const PRINT_PROBLEMS = ['disabled', 'no-printer', 'printer-missing', 'busy', 'failed'] as const;
export type PrintProblem = (typeof PRINT_PROBLEMS)[number];

export type PrintDecision =
  { kind: 'print'; deviceName: string } | { kind: 'fallback'; reason: Exclude<PrintProblem, 'failed'> };

export interface PrintRequest {
  /** takeHome.printEnabled */
  enabled: boolean;
  /** takeHome.printer: a system name, or '' for the system's default printer. */
  wanted: string;
  printers: readonly SystemPrinter[];
  /** A list is printing now: one at a time, so a tapping patient never empties the paper roll. */
  busy: boolean;
}

export function decidePrint({ enabled, wanted, printers, busy }: PrintRequest): PrintDecision {
  if (!enabled) return { kind: 'fallback', reason: 'disabled' };
  if (busy) return { kind: 'fallback', reason: 'busy' };
  if (printers.length === 0) return { kind: 'fallback', reason: 'no-printer' };
  // '' asks for the system's default printer, which Electron picks itself.
  if (wanted === '') return { kind: 'print', deviceName: '' };
  const chosen = printers.find((printer) => printer.name === wanted);
  return chosen ? { kind: 'print', deviceName: chosen.name } : { kind: 'fallback', reason: 'printer-missing' };
}

/** What staff see for the printer setting: the chosen printer stays listed while it is unplugged. */
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
