import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyEvent,
  dayKey,
  EMPTY_USAGE,
  emptyDayCounts,
  MAX_KEYS_PER_MAP,
  sessionLengthBucket,
  type UsageFile,
} from '../../core/usage/counts';
import { csvField, usageToCsv } from '../../core/usage/csv';
import type { PatientEvent } from '../../core/usage/events';
import { createUsageService } from '../../core/usage/service';
import { summarizeUsage } from '../../core/usage/summarize';
import { createFileStore } from '../../main/fileStore';

const today = new Date(2026, 10, 23, 15, 30); // local time
const day = dayKey(today);

function countAll(events: PatientEvent[], on = day, counts: UsageFile = EMPTY_USAGE): UsageFile {
  return events.reduce((c, e) => applyEvent(c, e, on, today), counts);
}

const session: PatientEvent[] = [
  { type: 'session-started' },
  { type: 'language-chosen', language: 'es' },
  { type: 'topic-opened', topicId: 'why-b12' },
  { type: 'page-reached', pageId: 'why-b12-1' },
  { type: 'page-reached', pageId: 'why-b12-2' },
  { type: 'answer', questionId: 'q1', correct: true },
  { type: 'answer', questionId: 'q2', correct: false },
  { type: 'session-ended', how: 'finished', durationSeconds: 200 },
];

describe('usage aggregation', () => {
  it('uses local calendar days as keys', () => {
    expect(dayKey(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(dayKey(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('counts every kind of event, without changing the counts it was given', () => {
    const counts = countAll(session);
    expect(EMPTY_USAGE.days).toEqual({});
    expect(counts.days[day]).toEqual({
      ...emptyDayCounts(),
      sessionsStarted: 1,
      sessionsFinished: 1,
      languages: { es: 1 },
      topics: { 'why-b12': 1 },
      pages: { 'why-b12-1': 1, 'why-b12-2': 1 },
      answersRight: 1,
      answersWrong: 1,
      sessionLengths: { ...emptyDayCounts().sessionLengths, '3-5-min': 1 },
    });
  });

  it('tells finished, idle-reset and start-again sessions apart', () => {
    const counts = countAll([
      { type: 'session-ended', how: 'idle-reset', durationSeconds: 30 },
      { type: 'session-ended', how: 'idle-reset', durationSeconds: 30 },
      { type: 'session-ended', how: 'start-again', durationSeconds: 30 },
    ]);
    expect(counts.days[day]).toMatchObject({
      sessionsFinished: 0,
      sessionsIdleReset: 2,
      sessionsStartAgain: 1,
      sessionLengths: { 'under-1-min': 3 },
    });
  });

  it.each([
    [0, 'under-1-min'],
    [59, 'under-1-min'],
    [60, '1-3-min'],
    [179, '1-3-min'],
    [180, '3-5-min'],
    [299, '3-5-min'],
    [300, '5-10-min'],
    [599, '5-10-min'],
    [600, 'over-10-min'],
    [86_400, 'over-10-min'],
  ] as const)('puts a %i s session in the %s bucket', (seconds, bucket) => {
    expect(sessionLengthBucket(seconds)).toBe(bucket);
  });

  it('keeps 365 days (today and the 364 before) and drops older ones', () => {
    const old = countAll([{ type: 'session-started' }], '2025-11-23');
    const kept = countAll([{ type: 'session-started' }], '2025-11-24', old);
    const now = countAll([{ type: 'session-started' }], day, kept);
    expect(Object.keys(now.days).sort()).toEqual(['2025-11-24', day]);
  });

  it('stops adding new names to a day past the cap, so odd input cannot bloat the file', () => {
    const events: PatientEvent[] = Array.from({ length: MAX_KEYS_PER_MAP + 5 }, (_, i) => ({
      type: 'topic-opened',
      topicId: `t${i}`,
    }));
    const counts = countAll([...events, { type: 'topic-opened', topicId: 't0' }]);
    expect(Object.keys(counts.days[day]?.topics ?? {})).toHaveLength(MAX_KEYS_PER_MAP);
    expect(counts.days[day]?.topics.t0).toBe(2);
  });
});

describe('summary for staff', () => {
  it('lists days with counts in range, oldest first, and sums totals', () => {
    let counts = countAll(session);
    counts = countAll(session, '2026-11-20', counts);
    counts = countAll([{ type: 'session-started' }], '2026-10-01', counts);
    const week = summarizeUsage(counts, today, 7);
    expect(week).toMatchObject({ rangeDays: 7, from: '2026-11-17', to: '2026-11-23' });
    expect(week.days.map((d) => d.day)).toEqual(['2026-11-20', '2026-11-23']);
    expect(week.totals).toMatchObject({
      sessionsStarted: 2,
      sessionsFinished: 2,
      languages: { es: 2 },
      pages: { 'why-b12-1': 2 },
      answersRight: 2,
    });
    expect(summarizeUsage(counts, today).totals.sessionsStarted).toBe(3);
  });
});

describe('CSV export', () => {
  it('has a header and one row per day per metric, CRLF line ends', () => {
    const csv = usageToCsv(countAll(session));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('date,metric,key,count');
    expect(lines).toContain(`${day},sessions-started,,1`);
    expect(lines).toContain(`${day},language-chosen,es,1`);
    expect(lines).toContain(`${day},page-reached,why-b12-2,1`);
    expect(lines).toContain(`${day},answers-wrong,,1`);
    expect(lines).toContain(`${day},session-length,3-5-min,1`);
    expect(lines).toContain(`${day},session-length,over-10-min,0`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines.filter((l) => l !== '').every((l) => l.split(',').length === 4)).toBe(true);
  });

  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(7)).toBe('7');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+41', '-2', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvField(cell).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('a-b')).toBe('a-b');
  });

  it('an empty export is just the header', () => {
    expect(usageToCsv(EMPTY_USAGE)).toBe('date,metric,key,count\r\n');
  });
});

describe('usage.json (real files)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('persists counts across restarts and exports them', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kiosk-usage-'));
    const file = path.join(dir, 'usage.json');
    const store = createFileStore(file);
    const usage = createUsageService({ store, now: () => today });
    for (const event of session) usage.record(event);
    store.flush();
    const again = createUsageService({ store: createFileStore(file), now: () => today });
    expect(again.summary(1).totals.sessionsStarted).toBe(1);
    expect(again.exportCsv()).toEqual({
      csv: usageToCsv(countAll(session)),
      suggestedFileName: 'b12-kiosk-usage-2026-11-23.csv',
    });
    expect(readFileSync(file, 'utf8')).not.toMatch(/T\d\d:\d\d/); // no times of day stored
  });

  it('sets a damaged file aside and counts afresh', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kiosk-usage-'));
    const file = path.join(dir, 'usage.json');
    writeFileSync(file, '{"version":1,"days":{"2026-11-23":{"sessionsStarted":-4');
    const onProblem = vi.fn();
    const usage = createUsageService({ store: createFileStore(file), now: () => today, onProblem });
    expect(usage.summary().days).toEqual([]);
    expect(onProblem).toHaveBeenCalledWith(
      expect.stringMatching(/usage counts were damaged and set aside as usage\.json\.bad-/),
    );
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^usage\.json\.bad-/)]);
  });

  it('a counts file whose keys are not event ids (an edited file carrying a formula) is damaged, never exported', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kiosk-usage-'));
    const file = path.join(dir, 'usage.json');
    const day = countAll(session).days['2026-11-23'];
    writeFileSync(
      file,
      JSON.stringify({ version: 1, days: { '2026-11-23': { ...day, topics: { "=cmd|' /C calc'!A0": 3 } } } }),
    );
    const usage = createUsageService({ store: createFileStore(file), now: () => today, onProblem: vi.fn() });
    expect(usage.exportCsv().csv).toBe('date,metric,key,count\r\n');
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^usage\.json\.bad-/)]);
  });

  it('an unreadable store or a failed set-aside never stops counting', () => {
    const onProblem = vi.fn();
    const unreadable = createUsageService({
      store: {
        read: () => {
          throw new Error('EACCES');
        },
        write: vi.fn(),
        setAside: vi.fn(),
      },
      now: () => today,
      onProblem,
    });
    unreadable.record({ type: 'session-started' });
    expect(unreadable.summary(1).totals.sessionsStarted).toBe(1);
    const stuck = createUsageService({
      store: {
        read: () => 'garbage',
        write: vi.fn(),
        setAside: () => {
          throw new Error('EBUSY');
        },
      },
      now: () => today,
      onProblem,
    });
    expect(stuck.summary().days).toEqual([]);
    expect(onProblem.mock.calls.map(([m]) => m)).toEqual([
      'usage counts could not be read (EACCES); counting starts afresh',
      'usage counts were damaged and could not be set aside (EBUSY); counting starts afresh',
    ]);
  });
});
