import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import {
  EMPTY_USAGE_TALLY,
  tallyEvent,
  type KioskFacts,
  type MetricFamily,
  type UsageTally,
} from '../../core/monitoring';
import type { PatientEvent } from '../../core/usage/events';

/** The configuration facts main knows once the policy and the settings are loaded. */
export interface ConfigurationFacts {
  policyApplied: boolean;
  policyProblem: boolean;
  settingsProblem: boolean;
}

export interface KioskMonitor {
  rendererGone(reason: string): void;
  hangReload(): void;
  heartbeatMiss(): void;
  /** Called just before the app relaunches itself: the count must survive the new process. */
  beforeRelaunch(): void;
  usageRecorded(event: PatientEvent): void;
  /**
   * Other parts of the kiosk add their own gauges here (e.g. which languages can be heard);
   * the collector checks each family against the naming rules and logs any it leaves out.
   */
  addFamilies(source: () => readonly MetricFamily[]): void;
  facts(): KioskFacts;
}

/** Relaunch count kept in a small file in userData, so a crash-looping kiosk shows it across relaunches. */
function readRelaunches(file: string): number {
  try {
    const value = (JSON.parse(readFileSync(file, 'utf8')) as { relaunches?: unknown }).relaunches;
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
  } catch {
    return 0;
  }
}

/** What main has seen since it started, as KioskFacts for the textfile writer. No Electron here: main's glue calls in. */
export function createKioskMonitor(options: {
  build: KioskFacts['build'];
  startTimeSeconds: number;
  topicIds: readonly string[];
  relaunchFile: string;
  configuration: () => ConfigurationFacts;
  now?: () => number;
}): KioskMonitor {
  const now = options.now ?? Date.now;
  const crashesByReason: Record<string, number> = {};
  let hangReloads = 0;
  let heartbeatMisses = 0;
  let relaunches = readRelaunches(options.relaunchFile);
  let usage: UsageTally = EMPTY_USAGE_TALLY;
  const extraSources: (() => readonly MetricFamily[])[] = [];

  return {
    rendererGone(reason) {
      crashesByReason[reason] = (crashesByReason[reason] ?? 0) + 1;
    },
    hangReload: () => void (hangReloads += 1),
    heartbeatMiss: () => void (heartbeatMisses += 1),
    beforeRelaunch() {
      relaunches += 1;
      try {
        writeFileAtomic.sync(options.relaunchFile, `${JSON.stringify({ relaunches })}\n`);
      } catch {
        // Monitoring never stands in the way of a relaunch; the count is then one short.
      }
    },
    usageRecorded(event) {
      usage = tallyEvent(usage, event, Math.floor(now() / 1000));
    },
    addFamilies: (source) => void extraSources.push(source),
    facts: () => ({
      build: options.build,
      startTimeSeconds: options.startTimeSeconds,
      renderer: { crashesByReason: { ...crashesByReason }, hangReloads, heartbeatMisses, relaunches },
      configuration: options.configuration(),
      usage,
      topicIds: options.topicIds,
      extraFamilies: extraSources.flatMap((source) => source()),
    }),
  };
}
