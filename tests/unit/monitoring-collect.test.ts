import { describe, expect, it } from 'vitest';
import {
  collectKioskMetrics,
  EMPTY_USAGE_TALLY,
  MAX_SERIES_PER_LABEL,
  metricFamilyProblem,
  tallyEvent,
  type MetricFamily,
} from '../../core/monitoring';
import { LANGUAGE_CODES } from '../../core/languages';
import { IDLE_RESET_AT, morningFacts, morningTally } from '../support/kioskFacts';

function family(name: string, families: readonly MetricFamily[]): MetricFamily {
  const found = families.find((f) => f.name === name);
  if (!found) throw new Error(`no family ${name}`);
  return found;
}
const value = (f: MetricFamily, labels: Record<string, string> = {}) =>
  f.samples.find((s) => JSON.stringify(s.labels) === JSON.stringify(labels))?.value;

describe('usage tally', () => {
  it('counts sessions by outcome, languages and topics, and remembers the last walk-away', () => {
    const tally = morningTally();
    expect(tally.sessionsStarted).toBe(3);
    expect(tally.sessionsEnded).toEqual({ finished: 1, walked_away: 1, started_again: 1 });
    expect(tally.languagesChosen).toEqual({ es: 2, ar: 1 });
    expect(tally.topicsOpened).toEqual({ 'what-is-b12': 2, 'nerve-damage': 1 });
    expect(tally.lastIdleResetSeconds).toBe(IDLE_RESET_AT);
  });

  it('a finished session does not move the last idle reset', () => {
    const after = tallyEvent(morningTally(), { type: 'session-ended', how: 'finished', durationSeconds: 9 }, 1);
    expect(after.lastIdleResetSeconds).toBe(IDLE_RESET_AT);
  });

  it('stops adding topic series at the cap, but keeps counting known ones', () => {
    let tally = EMPTY_USAGE_TALLY;
    for (let i = 0; i < MAX_SERIES_PER_LABEL + 10; i++)
      tally = tallyEvent(tally, { type: 'topic-opened', topicId: `t-${i}` }, 0);
    tally = tallyEvent(tally, { type: 'topic-opened', topicId: 't-0' }, 0);
    expect(Object.keys(tally.topicsOpened)).toHaveLength(MAX_SERIES_PER_LABEL);
    expect(tally.topicsOpened['t-0']).toBe(2);
  });
});

describe('collectKioskMetrics', () => {
  const { families, rejected } = collectKioskMetrics(morningFacts());

  it('turns the facts into the documented series and values', () => {
    expect(rejected).toEqual([]);
    expect(
      value(family('b12_kiosk_build_info', families), {
        version: '1.4.0',
        content_version: '3f9c2a1b7d04',
        platform: 'linux',
      }),
    ).toBe(1);
    expect(value(family('b12_kiosk_start_time_seconds', families))).toBe(1_767_250_000);
    const crashes = family('b12_kiosk_renderer_crashes_total', families);
    expect(value(crashes, { reason: 'crashed' })).toBe(2);
    expect(value(crashes, { reason: 'oom' })).toBe(1);
    expect(value(family('b12_kiosk_renderer_hang_reloads_total', families))).toBe(1);
    expect(value(family('b12_kiosk_heartbeat_misses_total', families))).toBe(4);
    expect(value(family('b12_kiosk_relaunches_total', families))).toBe(1);
    expect(value(family('b12_kiosk_policy_applied', families))).toBe(0);
    const problems = family('b12_kiosk_configuration_problem', families);
    expect([value(problems, { source: 'policy' }), value(problems, { source: 'settings' })]).toEqual([1, 0]);
    expect(value(family('b12_kiosk_last_idle_reset_timestamp_seconds', families))).toBe(IDLE_RESET_AT);
    expect(value(family('b12_kiosk_sessions_started_total', families))).toBe(3);
    expect(value(family('b12_kiosk_sessions_ended_total', families), { outcome: 'walked_away' })).toBe(1);
    expect(value(family('b12_kiosk_language_chosen_total', families), { language: 'es' })).toBe(2);
    expect(value(family('b12_kiosk_topic_opened_total', families), { topic: 'nerve-damage' })).toBe(1);
  });

  it('starts every known label value at 0, so the first event shows in increase()', () => {
    const languages = family('b12_kiosk_language_chosen_total', families);
    expect(languages.samples.map((s) => s.labels.language).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(value(languages, { language: 'vi' })).toBe(0);
    expect(value(family('b12_kiosk_topic_opened_total', families), { topic: 'food' })).toBe(0);
    expect(value(family('b12_kiosk_renderer_crashes_total', families), { reason: 'killed' })).toBe(0);
  });

  it('reports no idle reset yet as 0', () => {
    const fresh = collectKioskMetrics(morningFacts({ usage: EMPTY_USAGE_TALLY })).families;
    expect(value(family('b12_kiosk_last_idle_reset_timestamp_seconds', fresh))).toBe(0);
  });

  it('every family follows the naming rules and carries nothing about a person', () => {
    for (const f of families) expect(metricFamilyProblem(f)).toBeNull();
    const labelNames = new Set(families.flatMap((f) => f.labelNames));
    expect([...labelNames].sort()).toEqual([
      'content_version',
      'language',
      'outcome',
      'platform',
      'reason',
      'source',
      'topic',
      'version',
    ]);
  });

  it('adds extra families that follow the rules and rejects the rest with a reason', () => {
    const voices: MetricFamily = {
      name: 'b12_kiosk_language_audible',
      help: '1 when a language can be heard.',
      type: 'gauge',
      labelNames: ['language'],
      samples: [{ labels: { language: 'es' }, value: 1 }],
    };
    const clash: MetricFamily = { ...voices, name: 'b12_kiosk_sessions_started_total', type: 'counter' };
    const badName: MetricFamily = { ...voices, name: 'voices_up' };
    const result = collectKioskMetrics(morningFacts({ extraFamilies: [voices, clash, badName] }));
    expect(result.families.map((f) => f.name)).toContain('b12_kiosk_language_audible');
    expect(result.rejected).toEqual([
      'b12_kiosk_sessions_started_total: already defined',
      'voices_up: a metric name is b12_kiosk_ then snake_case',
    ]);
  });
});

describe('metricFamilyProblem', () => {
  const ok: MetricFamily = {
    name: 'b12_kiosk_x_total',
    help: 'X.',
    type: 'counter',
    labelNames: [],
    samples: [{ labels: {}, value: 1 }],
  };
  it.each([
    [{ ...ok, name: 'b12_kiosk_x' }, 'a counter ends in _total'],
    [{ ...ok, type: 'gauge' as const }, 'only counters end in _total'],
    [{ ...ok, help: 'two\nlines' }, 'HELP is one plain line'],
    [{ ...ok, labelNames: ['Bad-Label'], samples: [] }, 'label Bad-Label is not snake_case'],
    [{ ...ok, samples: [{ labels: { extra: 'x' }, value: 1 }] }, 'labels (extra) differ'],
    [{ ...ok, samples: [{ labels: {}, value: -1 }] }, 'never negative'],
    [{ ...ok, samples: [{ labels: {}, value: Number.NaN }] }, 'not a finite number'],
  ])('refuses %#', (bad, why) => {
    expect(metricFamilyProblem(ok)).toBeNull();
    expect(metricFamilyProblem(bad)).toContain(why);
  });
});
