import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogSink, type LogLine } from '../../../core/log/logger';
import { initI18n } from '../../../renderer/platform/i18n/i18n';

const printList = vi.fn();
vi.mock('../../../renderer/host', () => ({ getHost: () => ({ printList }) }));
const { PrintButton } = await import('../../../renderer/patient/print/PrintButton');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
const logged: LogLine[] = [];
beforeAll(async () => {
  await initI18n();
  setLogSink((line) => logged.push(line));
});
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
  printList.mockReset();
  logged.length = 0;
});

async function pressPrint(): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <PrintButton
        heading="My questions for my doctor or nurse"
        questions={['Should I have my B12 checked?']}
        keyMessages={['A blood test is the way to find out if your B12 is low.']}
        clinicName="Clínica São José"
        fallback={<p data-testid="qr-fallback">QR code</p>}
      />,
    ),
  );
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Print my list');
  if (!button) throw new Error('no Print my list button');
  await act(async () => button.click());
}

const status = () => document.querySelector('[role="status"]')?.textContent;

describe('PrintButton', () => {
  it('the sheet is a direct child of <body> (the print stylesheet shows only it), with no personal data', async () => {
    printList.mockResolvedValue({ ok: true });
    await pressPrint();
    const sheet = document.querySelector('body > .print-sheet');
    expect(sheet?.textContent).toContain('Should I have my B12 checked?');
    expect(sheet?.textContent).toContain('Bring this list to your appointment.');
    expect(sheet?.textContent).toContain('Clínica São José');
  });

  it('a printed list says where to take it from, and shows no fallback', async () => {
    printList.mockResolvedValue({ ok: true });
    await pressPrint();
    expect(status()).toBe('Your list is printing. Please take it from the printer.');
    expect(document.querySelector('[data-testid="qr-fallback"]')).toBeNull();
  });

  it.each([
    ['a missing printer', () => printList.mockResolvedValue({ ok: false, problem: 'no-printer' })],
    ['a printer that refuses the job', () => printList.mockResolvedValue({ ok: false, problem: 'failed' })],
    ['a host that throws', () => printList.mockRejectedValue(new Error('ipc gone'))],
  ])('%s: a calm message, the QR code instead, and a log line', async (_, arrange) => {
    arrange();
    await pressPrint();
    expect(status()).toBe(
      'The printer is not working right now. Please scan the code instead, or ask at the front desk.',
    );
    expect(document.querySelector('[data-testid="qr-fallback"]')).not.toBeNull();
    expect(logged.filter((line) => line.scope === 'print' && line.level !== 'info')).toHaveLength(1);
  });
});
