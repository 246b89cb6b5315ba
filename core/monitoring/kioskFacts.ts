import type { MetricFamily } from './metricFamily';
import type { UsageTally } from './usageTally';

/** Electron's reasons for a renderer that is gone and gets reloaded (`clean-exit` is not a failure). */
export const RENDERER_EXIT_REASONS = [
  'abnormal-exit',
  'crashed',
  'integrity-failure',
  'killed',
  'launch-failed',
  'memory-eviction',
  'oom',
] as const;

/**
 * What the kiosk knows about itself, gathered by main once a minute. Nothing here
 * identifies a person: counts since the app started, and the time of the last reset.
 */
export interface KioskFacts {
  readonly build: {
    readonly version: string;
    /** Fingerprint of the bundled medical content (which text this kiosk shows). */
    readonly contentVersion: string;
    readonly platform: string;
  };
  /** When this process started, in Unix seconds. */
  readonly startTimeSeconds: number;
  readonly renderer: {
    /** Renderer processes gone, by Electron's reason (crashed, oom, killed, …). */
    readonly crashesByReason: Readonly<Record<string, number>>;
    /** Renderer reported unresponsive by Chromium and reloaded. */
    readonly hangReloads: number;
    /** Renderer silent past the heartbeat deadline (killed, then recovered). */
    readonly heartbeatMisses: number;
    /** Whole-app relaunches after repeated renderer failures, counted across relaunches. */
    readonly relaunches: number;
  };
  readonly configuration: {
    /** A managed policy file is in force. */
    readonly policyApplied: boolean;
    /** A policy file was named or present but could not be used. */
    readonly policyProblem: boolean;
    /** settings.json could not be read, so the kiosk runs on defaults. */
    readonly settingsProblem: boolean;
  };
  readonly usage: UsageTally;
  /** The content's topic ids, so each topic's counter exists (at 0) before its first patient. */
  readonly topicIds: readonly string[];
  /**
   * Extra gauges from other parts of the kiosk (for example which languages can be heard):
   * each must follow the same naming rules; a family that does not is dropped and reported.
   */
  readonly extraFamilies?: readonly MetricFamily[];
}
