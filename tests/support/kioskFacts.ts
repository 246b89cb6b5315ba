import { EMPTY_USAGE_TALLY, tallyEvent, type KioskFacts, type UsageTally } from '../../core/monitoring';
import type { PatientEvent } from '../../core/usage/events';

/** A morning on a kiosk: three patients (Spanish, Spanish, Arabic), one walked away at 09:30 UTC. */
export const MORNING_EVENTS: PatientEvent[] = [
  { type: 'session-started' },
  { type: 'language-chosen', language: 'es' },
  { type: 'topic-opened', topicId: 'what-is-b12' },
  { type: 'session-ended', how: 'finished', durationSeconds: 240 },
  { type: 'session-started' },
  { type: 'language-chosen', language: 'es' },
  { type: 'session-ended', how: 'idle-reset', durationSeconds: 95 },
  { type: 'session-started' },
  { type: 'language-chosen', language: 'ar' },
  { type: 'topic-opened', topicId: 'what-is-b12' },
  { type: 'topic-opened', topicId: 'nerve-damage' },
  { type: 'session-ended', how: 'start-again', durationSeconds: 30 },
];
export const IDLE_RESET_AT = 1_767_260_000;

export function morningTally(): UsageTally {
  return MORNING_EVENTS.reduce((tally, event) => tallyEvent(tally, event, IDLE_RESET_AT), EMPTY_USAGE_TALLY);
}

export function morningFacts(overrides: Partial<KioskFacts> = {}): KioskFacts {
  return {
    build: { version: '1.4.0', contentVersion: '3f9c2a1b7d04', platform: 'linux' },
    startTimeSeconds: 1_767_250_000,
    renderer: { crashesByReason: { crashed: 2, oom: 1 }, hangReloads: 1, heartbeatMisses: 4, relaunches: 1 },
    configuration: { policyApplied: false, policyProblem: true, settingsProblem: false },
    usage: morningTally(),
    topicIds: ['what-is-b12', 'nerve-damage', 'food'],
    ...overrides,
  };
}
