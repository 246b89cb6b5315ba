import { LANGUAGE_CODES } from '../languages';
import { RENDERER_EXIT_REASONS, type KioskFacts } from './kioskFacts';
import { metricFamilyProblem, type MetricFamily, type MetricSample } from './metricFamily';

const unlabelled = (value: number): MetricSample[] => [{ labels: {}, value }];
const flag = (on: boolean) => (on ? 1 : 0);

/**
 * One sample per label value. The values we know of start at 0, so the first event is an
 * increase Prometheus can see (a series that appears at 1 hides its first count from increase()).
 */
function byLabel(
  label: string,
  counts: Readonly<Record<string, number>>,
  known: readonly string[] = [],
): MetricSample[] {
  const all: Record<string, number> = Object.fromEntries(known.map((key) => [key, 0]));
  for (const [key, value] of Object.entries(counts)) all[key] = value;
  return Object.entries(all)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ labels: { [label]: key }, value }));
}

function gauge(name: string, help: string, samples: MetricSample[], labelNames: string[] = []): MetricFamily {
  return { name, help, type: 'gauge', labelNames, samples };
}

function counter(name: string, help: string, samples: MetricSample[], labelNames: string[] = []): MetricFamily {
  return { name, help, type: 'counter', labelNames, samples };
}

function kioskFamilies(facts: KioskFacts): MetricFamily[] {
  const { build, renderer, configuration, usage } = facts;
  return [
    gauge(
      'b12_kiosk_build_info',
      'Kiosk build: app version, bundled content fingerprint and OS (always 1).',
      [
        {
          labels: { version: build.version, content_version: build.contentVersion, platform: build.platform },
          value: 1,
        },
      ],
      ['version', 'content_version', 'platform'],
    ),
    gauge(
      'b12_kiosk_start_time_seconds',
      'When the kiosk app started, in Unix seconds.',
      unlabelled(facts.startTimeSeconds),
    ),
    counter(
      'b12_kiosk_renderer_crashes_total',
      'Renderer processes that died since the app started, by reason; each is reloaded to the start screen.',
      byLabel('reason', renderer.crashesByReason, RENDERER_EXIT_REASONS),
      ['reason'],
    ),
    counter(
      'b12_kiosk_renderer_hang_reloads_total',
      'Renderer reported unresponsive and reloaded, since the app started.',
      unlabelled(renderer.hangReloads),
    ),
    counter(
      'b12_kiosk_heartbeat_misses_total',
      'Renderer heartbeats missed past the deadline (renderer restarted), since the app started.',
      unlabelled(renderer.heartbeatMisses),
    ),
    counter(
      'b12_kiosk_relaunches_total',
      'Whole-app relaunches after repeated renderer failures, counted across relaunches.',
      unlabelled(renderer.relaunches),
    ),
    gauge(
      'b12_kiosk_policy_applied',
      '1 when a managed policy file is in force, else 0.',
      unlabelled(flag(configuration.policyApplied)),
    ),
    gauge(
      'b12_kiosk_configuration_problem',
      '1 when the policy or the saved settings could not be used (the kiosk runs without them), else 0.',
      [
        { labels: { source: 'policy' }, value: flag(configuration.policyProblem) },
        { labels: { source: 'settings' }, value: flag(configuration.settingsProblem) },
      ],
      ['source'],
    ),
    gauge(
      'b12_kiosk_last_idle_reset_timestamp_seconds',
      'When the kiosk last reset itself after a patient walked away, in Unix seconds (0: not since start).',
      unlabelled(usage.lastIdleResetSeconds ?? 0),
    ),
    counter(
      'b12_kiosk_sessions_started_total',
      'Patient sessions started since the app started.',
      unlabelled(usage.sessionsStarted),
    ),
    counter(
      'b12_kiosk_sessions_ended_total',
      'Patient sessions ended since the app started, by outcome (finished, walked_away, started_again).',
      byLabel('outcome', usage.sessionsEnded),
      ['outcome'],
    ),
    counter(
      'b12_kiosk_language_chosen_total',
      'Languages patients chose since the app started.',
      byLabel('language', usage.languagesChosen, LANGUAGE_CODES),
      ['language'],
    ),
    counter(
      'b12_kiosk_topic_opened_total',
      'Topics patients opened since the app started.',
      byLabel('topic', usage.topicsOpened, facts.topicIds),
      ['topic'],
    ),
  ];
}

export interface CollectedMetrics {
  readonly families: readonly MetricFamily[];
  /** Extra families left out, with why (logged by main; the rest are still written). */
  readonly rejected: readonly string[];
}

/** Turns the kiosk's facts into metric families. Pure; the same facts always give the same families. */
export function collectKioskMetrics(facts: KioskFacts): CollectedMetrics {
  const families = kioskFamilies(facts);
  const own = families.map((family) => metricFamilyProblem(family)).filter((problem) => problem !== null);
  if (own.length > 0) throw new Error(`kiosk metrics break the naming rules: ${own.join('; ')}`);
  const rejected: string[] = [];
  const names = new Set(families.map((family) => family.name));
  for (const extra of facts.extraFamilies ?? []) {
    const problem = names.has(extra.name) ? `${extra.name}: already defined` : metricFamilyProblem(extra);
    if (problem !== null) {
      rejected.push(problem);
      continue;
    }
    names.add(extra.name);
    families.push(extra);
  }
  return { families, rejected };
}
