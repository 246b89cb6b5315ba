import { badCopySuffix, type TextStore } from '../storage';
import { applyEvent, dayKey, EMPTY_USAGE, pruneOldDays, UsageFileSchema, type UsageFile } from './counts';
import { usageCsvFileName, usageToCsv } from './csv';
import type { PatientEvent } from './events';
import { summarizeUsage } from './summarize';
import type { UsageSummary } from './summary';

export interface UsageService {
  record(event: PatientEvent): void;
  summary(days?: number): UsageSummary;
  exportCsv(): { csv: string; suggestedFileName: string };
}

function load(store: TextStore, now: Date, onProblem: (message: string) => void): UsageFile {
  const text = store.read();
  if (text === null) return EMPTY_USAGE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = UsageFileSchema.safeParse(json);
  if (parsed.success) return pruneOldDays(parsed.data, now);
  // Counts are a convenience, never worth a blank screen: keep the damaged copy and count afresh.
  const aside = store.setAside(badCopySuffix(now));
  onProblem(`usage counts were damaged and set aside as ${aside}; counting starts afresh`);
  return EMPTY_USAGE;
}

/** Usage counting shared by both hosts; stored apart from settings so a settings reset never touches it. */
export function createUsageService(options: { store: TextStore; now?: () => Date; onProblem?: (message: string) => void }): UsageService {
  const now = options.now ?? (() => new Date());
  let counts = load(options.store, now(), options.onProblem ?? (() => undefined));
  return {
    record(event) {
      const today = now();
      counts = applyEvent(counts, event, dayKey(today), today);
      options.store.write(JSON.stringify(counts));
    },
    summary: (days) => summarizeUsage(counts, now(), days),
    exportCsv: () => ({ csv: usageToCsv(pruneOldDays(counts, now())), suggestedFileName: usageCsvFileName(dayKey(now())) }),
  };
}
