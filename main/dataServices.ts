import path from 'node:path';
import { createSettingsService, type SettingsService } from '../core/settings/service';
import { createUsageService, type UsageService } from '../core/usage/service';
import { createFileStore } from './fileStore';
import { policyNotice, type ManagedPolicy } from './managedPolicy';

export interface DataServices {
  settings: SettingsService;
  usage: UsageService;
  /** Writes pending settings and counts now (before quit or relaunch). */
  flush(): void;
}

type Log = { info(m: string): void; warn(m: string): void; error(m: string): void };

/** settings.json and usage.json in userData, under the managed policy: everything staff mode reads and writes. */
export function createDataServices(options: {
  userDataDir: string;
  /** Loaded once at start by main (main/managedPolicy); its settings part is layered and locked here. */
  policy: ManagedPolicy;
  log: Log;
  debounceMs?: number;
}): DataServices {
  const { log } = options;
  const onError = (what: string) => (error: unknown) => log.error(`could not write ${what}: ${String(error)}`);
  const settingsFile = createFileStore(path.join(options.userDataDir, 'settings.json'), {
    debounceMs: options.debounceMs,
    onError: onError('settings.json'),
  });
  const usageFile = createFileStore(path.join(options.userDataDir, 'usage.json'), {
    debounceMs: options.debounceMs,
    onError: onError('usage.json'),
  });
  const settings = createSettingsService({
    store: settingsFile,
    policy: { policy: options.policy.settingsPolicy, notice: policyNotice(options.policy) },
  });
  const notice = settings.getSettings().notice;
  if (notice) log.warn(notice);
  const usage = createUsageService({ store: usageFile, onProblem: (message) => log.warn(message) });
  return {
    settings,
    usage,
    flush() {
      settingsFile.flush();
      usageFile.flush();
    },
  };
}
