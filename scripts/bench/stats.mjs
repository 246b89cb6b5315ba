// Percentiles (nearest rank) and the summaries the benchmark prints and saves.

export function percentile(values, p) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function summary(values) {
  const p50 = percentile(values, 50);
  const p95 = percentile(values, 95);
  const max = percentile(values, 100);
  return { n: values.length, p50: tidy(p50), p95: tidy(p95), max: tidy(max) };
}

export function ratio(app, reference) {
  if (!app || !reference || !reference.p50 || !reference.p95) return { p50: null, p95: null };
  return { p50: tidy(app.p50 / reference.p50, 2), p95: tidy(app.p95 / reference.p95, 2) };
}

function tidy(value, digits = 1) {
  if (value === null || value === undefined) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Event Timing reports nothing under 16 ms: such taps count as 16 ms, an upper bound. */
const eventTimingOf = (tap) => tap.eventTiming ?? 16;

/** The figures for one CPU rate from its raw samples. */
export function summarise(raw) {
  const ready = {
    app: summary(raw.ready.app),
    blank: summary(raw.ready.blank),
    oneButton: summary(raw.ready.oneButton),
  };
  ready.appOverBlank = ratio(ready.app, ready.blank);
  ready.appOverOneButton = ratio(ready.app, ready.oneButton);

  const refTaps = raw.taps.oneButton;
  const reference = {
    tapToPaint: summary(refTaps.map((t) => t.tapToPaint)),
    eventTiming: summary(refTaps.map(eventTimingOf)),
  };
  const all = {
    tapToPaint: summary(raw.taps.app.map((t) => t.tapToPaint)),
    tapToResult: summary(raw.taps.app.map((t) => t.tapToResult)),
    eventTiming: summary(raw.taps.app.map(eventTimingOf)),
  };
  all.tapToPaintRatio = ratio(all.tapToPaint, reference.tapToPaint);
  const controls = [...groupBy(raw.taps.app, (t) => t.label)].map(([label, taps]) => {
    const tapToPaint = summary(taps.map((t) => t.tapToPaint));
    return {
      label,
      tapToPaint,
      ratio: ratio(tapToPaint, reference.tapToPaint),
      tapToResult: summary(taps.map((t) => t.tapToResult)),
      eventTiming: summary(taps.map(eventTimingOf)),
    };
  });

  const languages = [...groupBy(raw.languages.app, (s) => s.label)].map(([code, switches]) => {
    const app = summary(switches.map((s) => s.tapToResult));
    const ref = summary(raw.languages.reference.filter((s) => s.label === code).map((s) => s.tapToResult));
    return { code, app, reference: ref, ratio: ratio(app, ref), bytes: summary(switches.map((s) => s.bytes)) };
  });
  const languagesAll = {
    app: summary(raw.languages.app.map((s) => s.tapToResult)),
    reference: summary(raw.languages.reference.map((s) => s.tapToResult)),
  };
  languagesAll.ratio = ratio(languagesAll.app, languagesAll.reference);

  const walkTasks = raw.walks.map((w) => w.longTasks.map((t) => t.duration));
  const longTasks = {
    walks: raw.walks.length,
    perWalk: summary(walkTasks.map((d) => d.length)),
    longest: summary(walkTasks.map((d) => (d.length > 0 ? Math.max(...d) : 0))),
    walksWithTaskOver50: walkTasks.filter((d) => d.some((x) => x > 50)).length,
    walksWithTaskOver100: walkTasks.filter((d) => d.some((x) => x > 100)).length,
  };
  const bytes = {
    beforePaint: {
      app: summary(raw.bytesBeforePaint.app),
      blank: summary(raw.bytesBeforePaint.blank),
      oneButton: summary(raw.bytesBeforePaint.oneButton),
    },
    perWalk: summary(raw.walks.map((w) => w.bytes)),
    allLanguages: summary(raw.languageRuns.map((r) => r.bytes)),
  };
  const qr = summary(raw.walks.map((w) => w.qrAfterTap));
  return {
    ready,
    taps: { all, reference, controls },
    languages: { all: languagesAll, each: languages },
    longTasks,
    bytes,
    qr,
  };
}
