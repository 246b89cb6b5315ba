import { describe, expect, it } from 'vitest';
import { emptyDayCounts } from '../../core/usage/counts';
import { dailyBars, daysBetween, shares } from '../../core/usage/chartSeries';

describe('daysBetween', () => {
  it('lists every calendar day, across month and leap-year ends', () => {
    expect(daysBetween('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysBetween('2025-12-31', '2026-01-01')).toEqual(['2025-12-31', '2026-01-01']);
    expect(daysBetween('2026-01-01', '2026-01-01')).toEqual(['2026-01-01']);
  });

  it('is empty for a reversed or broken range', () => {
    expect(daysBetween('2026-01-02', '2026-01-01')).toEqual([]);
    expect(daysBetween('nope', '2026-01-01')).toEqual([]);
  });

  it('gives 30 bars for a 30-day range', () => {
    expect(daysBetween('2026-03-02', '2026-03-31')).toHaveLength(30);
  });
});

describe('dailyBars', () => {
  it('fills days without visits with zeros and splits each day into finished, walked away and other', () => {
    const day = {
      ...emptyDayCounts(),
      day: '2026-03-02',
      sessionsStarted: 10,
      sessionsFinished: 4,
      sessionsIdleReset: 5,
      sessionsStartAgain: 1,
    };
    expect(dailyBars({ from: '2026-03-01', to: '2026-03-03', days: [day] })).toEqual([
      { day: '2026-03-01', started: 0, finished: 0, walkedAway: 0, other: 0 },
      { day: '2026-03-02', started: 10, finished: 4, walkedAway: 5, other: 1 },
      { day: '2026-03-03', started: 0, finished: 0, walkedAway: 0, other: 0 },
    ]);
  });

  it('never draws more ends than starts (a session begun before midnight ends the next day)', () => {
    const day = {
      ...emptyDayCounts(),
      day: '2026-03-01',
      sessionsStarted: 1,
      sessionsFinished: 2,
      sessionsIdleReset: 3,
    };
    expect(dailyBars({ from: '2026-03-01', to: '2026-03-01', days: [day] })).toEqual([
      { day: '2026-03-01', started: 1, finished: 1, walkedAway: 0, other: 0 },
    ]);
  });
});

describe('shares', () => {
  it('orders by count and rounds to whole percents that add up to 100', () => {
    const result = shares({ en: 1, es: 1, ar: 1 });
    expect(result.map((s) => s.key)).toEqual(['ar', 'en', 'es']);
    expect(result.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
    expect(result.map((s) => s.percent)).toEqual([34, 33, 33]);
  });

  it('drops zero counts and is empty with nothing counted', () => {
    expect(shares({ en: 3, fr: 0, es: 1 })).toEqual([
      { key: 'en', count: 3, percent: 75 },
      { key: 'es', count: 1, percent: 25 },
    ]);
    expect(shares({})).toEqual([]);
  });
});
