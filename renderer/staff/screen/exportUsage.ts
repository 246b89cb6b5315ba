import { getHost } from '../../host';

export type ExportOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

/** Where the host can write a file, a save dialog opens in it; a browser tab downloads the CSV instead. */
export async function exportUsage(canSaveFile: boolean): Promise<ExportOutcome> {
  const result = await getHost().saveUsageCsv();
  if (!result.saved) return { kind: 'cancelled' };
  return canSaveFile ? { kind: 'saved', path: result.path ?? '' } : { kind: 'downloaded' };
}
