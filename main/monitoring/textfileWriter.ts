import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { collectKioskMetrics, type KioskFacts } from '../../core/monitoring';
import { renderExposition } from './exposition';

/** node_exporter's and windows_exporter's textfile collectors read every `*.prom` file in their folder. */
export const TEXTFILE_NAME = 'b12_kiosk.prom';
export const TEXTFILE_INTERVAL_MS = 60_000;

type Log = { info(m: string): void; warn(m: string): void };

export interface TextfileWriter {
  /** Writes the file now; resolves when it is on disk (or the failure is logged). */
  writeNow(): Promise<void>;
  stop(): void;
}

/**
 * Writes b12_kiosk.prom into `directory` now and every minute. Atomic (temp file in the same
 * folder, fsync, rename: write-file-atomic), so the exporter never reads half a file; the
 * temp name does not end in .prom, so the exporter never reads it at all. A write that fails
 * (folder missing, no permission) is logged once per distinct reason and retried next minute;
 * the kiosk itself never stops over monitoring.
 */
export function startTextfileWriter(options: {
  directory: string;
  facts: () => KioskFacts;
  log: Log;
  intervalMs?: number;
}): TextfileWriter {
  const file = path.join(options.directory, TEXTFILE_NAME);
  let lastProblem: string | null = null;
  const reportedRejections = new Set<string>();
  let chain: Promise<void> = Promise.resolve();

  const report = (problem: string | null) => {
    if (problem === lastProblem) return;
    lastProblem = problem;
    if (problem === null) options.log.info(`monitoring: writing ${file} every minute`);
    else options.log.warn(`monitoring: could not write ${file} (${problem}); retrying every minute`);
  };

  const writeOnce = async () => {
    try {
      const collected = collectKioskMetrics(options.facts());
      for (const rejected of collected.rejected) {
        if (reportedRejections.has(rejected)) continue;
        reportedRejections.add(rejected);
        options.log.warn(`monitoring: metric left out: ${rejected}`);
      }
      await writeFileAtomic(file, await renderExposition(collected.families), { mode: 0o644, fsync: true });
      report(null);
    } catch (error) {
      report((error as NodeJS.ErrnoException).code ?? String(error));
    }
  };

  // One write at a time, in order: a slow disk never lets an older minute land last.
  const writeNow = () => (chain = chain.then(writeOnce));
  void writeNow();
  const timer = setInterval(() => void writeNow(), options.intervalMs ?? TEXTFILE_INTERVAL_MS);
  timer.unref();
  return { writeNow, stop: () => clearInterval(timer) };
}
