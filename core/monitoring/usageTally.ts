import type { PatientEvent } from '../usage/events';

/** Patient activity since the app started, as monitoring counts it (the usage file keeps the per-day record). */
export interface UsageTally {
  readonly sessionsStarted: number;
  readonly sessionsEnded: Readonly<Record<SessionOutcome, number>>;
  readonly languagesChosen: Readonly<Record<string, number>>;
  readonly topicsOpened: Readonly<Record<string, number>>;
  /** Unix seconds of the last reset after a patient walked away, or null if none yet. */
  readonly lastIdleResetSeconds: number | null;
}

/** Metric label values for how a session ended: a patient who walks away is `walked_away`. */
export type SessionOutcome = 'finished' | 'walked_away' | 'started_again';

const OUTCOME = { finished: 'finished', 'idle-reset': 'walked_away', 'start-again': 'started_again' } as const;

export const EMPTY_USAGE_TALLY: UsageTally = {
  sessionsStarted: 0,
  sessionsEnded: { finished: 0, walked_away: 0, started_again: 0 },
  languagesChosen: {},
  topicsOpened: {},
  lastIdleResetSeconds: null,
};

/** A labelled counter stops growing new series here, so odd input cannot flood Prometheus. */
export const MAX_SERIES_PER_LABEL = 64;

function bump(map: Readonly<Record<string, number>>, key: string): Readonly<Record<string, number>> {
  if (!Object.hasOwn(map, key) && Object.keys(map).length >= MAX_SERIES_PER_LABEL) return map;
  return { ...map, [key]: (Object.hasOwn(map, key) ? (map[key] ?? 0) : 0) + 1 };
}

/** Counts one (already validated) patient event. Pure: returns a new tally. */
export function tallyEvent(tally: UsageTally, event: PatientEvent, nowSeconds: number): UsageTally {
  switch (event.type) {
    case 'session-started':
      return { ...tally, sessionsStarted: tally.sessionsStarted + 1 };
    case 'language-chosen':
      return { ...tally, languagesChosen: bump(tally.languagesChosen, event.language) };
    case 'topic-opened':
      return { ...tally, topicsOpened: bump(tally.topicsOpened, event.topicId) };
    case 'session-ended': {
      const outcome = OUTCOME[event.how];
      return {
        ...tally,
        sessionsEnded: { ...tally.sessionsEnded, [outcome]: tally.sessionsEnded[outcome] + 1 },
        lastIdleResetSeconds: event.how === 'idle-reset' ? nowSeconds : tally.lastIdleResetSeconds,
      };
    }
    case 'page-reached':
    case 'answer':
      return tally;
  }
}
