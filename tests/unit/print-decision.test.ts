import { describe, expect, it } from 'vitest';
import { decidePrint, printerChoices, type SystemPrinter } from '../../core/print/printDecision';

const desk: SystemPrinter = { name: 'Front_Desk', displayName: 'Front desk laser' };
const receipt: SystemPrinter = { name: 'EPSON_TM_T20', displayName: 'Receipt printer' };
const ready = { enabled: true, busy: false };

describe('decidePrint', () => {
  it('does not print when staff have not switched printing on', () => {
    expect(decidePrint({ ...ready, enabled: false, wanted: '', printers: [desk, receipt] })).toEqual({
      kind: 'fallback',
      reason: 'disabled',
    });
  });

  it('falls back to the QR code when the computer has no printer', () => {
    expect(decidePrint({ ...ready, wanted: '', printers: [] })).toEqual({ kind: 'fallback', reason: 'no-printer' });
    expect(decidePrint({ ...ready, wanted: 'Front_Desk', printers: [] })).toEqual({
      kind: 'fallback',
      reason: 'no-printer',
    });
  });

  it('prints to the printer staff chose, by its system name', () => {
    expect(decidePrint({ ...ready, wanted: 'Front_Desk', printers: [desk, receipt] })).toEqual({
      kind: 'print',
      deviceName: 'Front_Desk',
    });
  });

  it('never sends the list to another printer when the chosen one is gone', () => {
    expect(decidePrint({ ...ready, wanted: 'Front_Desk', printers: [receipt] })).toEqual({
      kind: 'fallback',
      reason: 'printer-missing',
    });
  });

  it("'' means the system's default printer (Electron picks it when deviceName is empty)", () => {
    expect(decidePrint({ ...ready, wanted: '', printers: [desk, receipt] })).toEqual({ kind: 'print', deviceName: '' });
  });

  it('prints one list at a time', () => {
    expect(decidePrint({ ...ready, busy: true, wanted: '', printers: [desk] })).toEqual({
      kind: 'fallback',
      reason: 'busy',
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
