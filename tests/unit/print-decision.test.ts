import { describe, expect, it } from 'vitest';
import { decidePrint, printerChoices, type SystemPrinter } from '../../core/print/printDecision';

const desk: SystemPrinter = { name: 'Front_Desk', displayName: 'Front desk laser', isDefault: false };
const receipt: SystemPrinter = { name: 'EPSON_TM_T20', displayName: 'Receipt printer', isDefault: true };

describe('decidePrint', () => {
  it('does not print when staff have not switched printing on', () => {
    expect(decidePrint({ enabled: false, wanted: '', printers: [desk, receipt] })).toEqual({
      kind: 'fallback',
      reason: 'disabled',
    });
  });

  it('falls back to the QR code when the computer has no printer', () => {
    expect(decidePrint({ enabled: true, wanted: '', printers: [] })).toEqual({
      kind: 'fallback',
      reason: 'no-printer',
    });
    expect(decidePrint({ enabled: true, wanted: 'Front_Desk', printers: [] })).toEqual({
      kind: 'fallback',
      reason: 'no-printer',
    });
  });

  it('prints to the printer staff chose, by its system name', () => {
    expect(decidePrint({ enabled: true, wanted: 'Front_Desk', printers: [desk, receipt] })).toEqual({
      kind: 'print',
      deviceName: 'Front_Desk',
    });
  });

  it('never sends the list to another printer when the chosen one is gone', () => {
    expect(decidePrint({ enabled: true, wanted: 'Front_Desk', printers: [receipt] })).toEqual({
      kind: 'fallback',
      reason: 'printer-missing',
    });
  });

  it("'' means the system's default printer, and no default means the QR code", () => {
    expect(decidePrint({ enabled: true, wanted: '', printers: [desk, receipt] })).toEqual({
      kind: 'print',
      deviceName: 'EPSON_TM_T20',
    });
    expect(decidePrint({ enabled: true, wanted: '', printers: [desk] })).toEqual({
      kind: 'fallback',
      reason: 'no-default-printer',
    });
  });
});

describe('printerChoices', () => {
  it('lists the system printers by their display names', () => {
    expect(printerChoices('', [desk, receipt])).toEqual([
      { name: 'Front_Desk', label: 'Front desk laser', present: true },
      { name: 'EPSON_TM_T20', label: 'Receipt printer', present: true },
    ]);
  });

  it('keeps an unplugged chosen printer in the list, marked absent', () => {
    expect(printerChoices('Old_Printer', [desk])).toEqual([
      { name: 'Front_Desk', label: 'Front desk laser', present: true },
      { name: 'Old_Printer', label: 'Old_Printer', present: false },
    ]);
  });
});
