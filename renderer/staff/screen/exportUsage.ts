import type { HostKind } from '../../../core/host/contract';
import { getHost } from '../../host';

export type ExportOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

/** Electron shows a save dialog in main; the browser host hands back the CSV and we download it. */
export async function exportUsage(host: HostKind): Promise<ExportOutcome> {
  if (host === 'electron') {
    const result = await getHost().saveUsageCsv();
    return result.saved ? { kind: 'saved', path: result.path ?? '' } : { kind: 'cancelled' };
  }
  const { csv, suggestedFileName } = await getHost().exportUsageCsv();
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedFileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { kind: 'downloaded' };
}
