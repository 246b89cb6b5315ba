import { badCopySuffix, errorText, type TextStore } from '../storage';
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

function parseCounts(text: string): UsageFile | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = UsageFileSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Counts are a convenience, never worth a blank screen: whatever goes wrong, counting goes on afresh. */
function load(store: TextStore, now: Date, onProblem: (message: string) => void): UsageFile {
  let text: string | null;
  try {
    text = store.read();
  } catch (error) {
    onProblem(`usage counts could not be read (${errorText(error)}); counting starts afresh`);
    return EMPTY_USAGE;
  }
  if (text === null) return EMPTY_USAGE;
  const counts = parseCounts(text);
  if (counts) return pruneOldDays(counts, now);
  try {
    onProblem(
      `usage counts were damaged and set aside as ${store.setAside(badCopySuffix(now))}; counting starts afresh`,
    );
  } catch (error) {
    onProblem(`usage counts were damaged and could not be set aside (${errorText(error)}); counting starts afresh`);
  }
  return EMPTY_USAGE;
}

/** Usage counting shared by both hosts; stored apart from settings so a settings reset never touches it. */
export function createUsageService(options: {
  store: TextStore;
  now?: () => Date;
  onProblem?: (message: string) => void;
}): UsageService {
  const now = options.now ?? (() => new Date());
  let counts = load(options.store, now(), options.onProblem ?? (() => undefined));
  return {
    record(event) {
      const today = now();
      counts = applyEvent(counts, event, dayKey(today), today);
      options.store.write(JSON.stringify(counts));
    },
    summary: (days) => summarizeUsage(counts, now(), days),
    exportCsv: () => ({
      csv: usageToCsv(pruneOldDays(counts, now())),
      suggestedFileName: usageCsvFileName(dayKey(now())),
    }),
  };
}
