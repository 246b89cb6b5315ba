import path from 'node:path';
import { createSettingsService, type SettingsService } from '../core/settings/service';
import type { PatientEvent } from '../core/usage/events';
import { createUsageService, type UsageService } from '../core/usage/service';
import { createFileStore, removeInterruptedWrites } from './fileStore';
import { policyNotice, type ManagedPolicy } from './managedPolicy';

export interface DataServices {
  settings: SettingsService;
  usage: UsageService;
  /** Writes pending counts now (before quit or relaunch); settings are never pending. */
  flush(): void;
}

/** Every file main writes in userData, for the start-up clean-up of interrupted writes. */
export const USER_DATA_FILES = [
  'settings.json',
  'usage.json',
  'staff-pin.json',
  'policy-last-good.json',
  'recovery.json',
];

type Log = { info(m: string): void; warn(m: string): void; error(m: string): void };

/** settings.json and usage.json in userData, under the managed policy: everything staff mode reads and writes. */
export function createDataServices(options: {
  userDataDir: string;
  /** Loaded once at start by main (main/managedPolicy); its settings part is layered and locked here. */
  policy: ManagedPolicy;
  log: Log;
  /** Usage counts are debounced (default 300 ms); settings are always written at once. */
  usageDebounceMs?: number;
  /** Each patient event after it is counted (monitoring keeps its own tally). */
  onUsageRecorded?: (event: PatientEvent) => void;
}): DataServices {
  const { log } = options;
  const removed = removeInterruptedWrites(options.userDataDir, USER_DATA_FILES);
  if (removed > 0) log.warn(`removed ${removed} temp file(s) left by interrupted writes`);
  const settingsFile = createFileStore(path.join(options.userDataDir, 'settings.json'), { debounceMs: 0 });
  const usageFile = createFileStore(path.join(options.userDataDir, 'usage.json'), {
    debounceMs: options.usageDebounceMs,
    onError: (error) => log.error(`could not write usage.json: ${String(error)}`),
  });
  const settings = createSettingsService({
    store: settingsFile,
    policy: { policy: options.policy.settingsPolicy, notice: policyNotice(options.policy) },
  });
  const notice = settings.getSettings().notice;
  if (notice) log.warn(notice);
  const counted = createUsageService({ store: usageFile, onProblem: (message) => log.warn(message) });
  const usage: UsageService = {
    ...counted,
    record(event) {
      counted.record(event);
      options.onUsageRecorded?.(event);
    },
  };
  return {
    settings,
    usage,
    flush() {
      settingsFile.flush();
      usageFile.flush();
    },
  };
}
