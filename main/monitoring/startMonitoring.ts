import path from 'node:path';
import { CONTENT } from '../../core/content';
import type { DataServices } from '../dataServices';
import type { ManagedPolicy } from '../managedPolicy';
import { CONTENT_VERSION } from '../buildInfo';
import { createKioskMonitor, type KioskMonitor } from './kioskMonitor';
import { startTextfileWriter, type TextfileWriter } from './textfileWriter';

type Log = { info(m: string): void; warn(m: string): void };

/**
 * The kiosk's monitoring: always counts (cheap), and writes b12_kiosk.prom only when the
 * managed policy names a folder (`monitoring.textfileDirectory`). Call `attach(data)` once the
 * settings are loaded, and `stop()` on quit (it writes the file one last time).
 */
export function createMonitoring(options: {
  version: string;
  platform: string;
  userDataDir: string;
  policy: ManagedPolicy;
  log: Log;
}): { monitor: KioskMonitor; attach(data: DataServices): void; stop(): Promise<void> } {
  let data: DataServices | undefined;
  const monitor = createKioskMonitor({
    build: { version: options.version, contentVersion: CONTENT_VERSION, platform: options.platform },
    startTimeSeconds: Math.floor(Date.now() / 1000),
    topicIds: CONTENT.topics.map((topic) => topic.id),
    relaunchFile: path.join(options.userDataDir, 'monitoring-relaunches.json'),
    configuration: () => ({
      policyApplied: options.policy.source !== 'none',
      policyProblem: options.policy.problems.length > 0,
      settingsProblem: (data?.settings.savedSettingsProblem() ?? null) !== null,
    }),
  });
  let writer: TextfileWriter | undefined;
  return {
    monitor,
    attach(services) {
      data = services;
      const directory = options.policy.machine.monitoring?.textfileDirectory;
      if (directory) writer = startTextfileWriter({ directory, facts: monitor.facts, log: options.log });
    },
    async stop() {
      writer?.stop();
      await writer?.writeNow();
    },
  };
}
