// Prints the benchmark's figures and checks them against issue 17's targets.

const ms = (s) => (s?.p50 === null || s?.p50 === undefined ? '–' : `${s.p50} / ${s.p95} ms`);
const times = (r) => (r?.p50 === null || r?.p50 === undefined ? '–' : `${r.p50}× / ${r.p95}×`);
const kib = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);
const row = (label, app, reference, ratio) =>
  `  ${label.padEnd(40)} ${app.padStart(22)} ${reference.padStart(22)} ${ratio.padStart(16)}`;

export function printRate(rate, s) {
  console.log(`\nCPU ×${rate}  (p50 / p95; n = samples)`);
  console.log(row('', 'kiosk', 'reference', 'kiosk ÷ ref'));
  console.log(
    row(
      `ready-to-touch vs blank (n=${s.ready.app.n})`,
      ms(s.ready.app),
      ms(s.ready.blank),
      times(s.ready.appOverBlank),
    ),
  );
  console.log(
    row('ready-to-touch vs one-button', ms(s.ready.app), ms(s.ready.oneButton), times(s.ready.appOverOneButton)),
  );
  const t = s.taps;
  console.log(
    row(
      `tap-to-paint, all taps (n=${t.all.tapToPaint.n})`,
      ms(t.all.tapToPaint),
      ms(t.reference.tapToPaint),
      times(t.all.tapToPaintRatio),
    ),
  );
  console.log(row('Event Timing duration, all taps', ms(t.all.eventTiming), ms(t.reference.eventTiming), ''));
  console.log(row('tap-to-result (screen/page shown)', ms(t.all.tapToResult), '', ''));
  for (const c of t.controls)
    console.log(
      row(`  ${c.label} (n=${c.tapToPaint.n})`, ms(c.tapToPaint), `result ${ms(c.tapToResult)}`, times(c.ratio)),
    );
  const l = s.languages;
  console.log(
    row(`first language switch, all (n=${l.all.app.n})`, ms(l.all.app), ms(l.all.reference), times(l.all.ratio)),
  );
  for (const each of l.each)
    console.log(row(`  ${each.code} (+${kib(each.bytes.p50)})`, ms(each.app), ms(each.reference), times(each.ratio)));
  const lt = s.longTasks;
  console.log(
    `  long tasks per walk: p50 ${lt.perWalk.p50}, max ${lt.perWalk.max}; longest task p50 ${lt.longest.p50} ms, max ${lt.longest.max} ms;` +
      ` walks with a task > 50 ms: ${lt.walksWithTaskOver50}/${lt.walks}, > 100 ms: ${lt.walksWithTaskOver100}/${lt.walks}`,
  );
  const b = s.bytes;
  console.log(
    `  bytes before first paint: kiosk ${kib(b.beforePaint.app.p50)}, blank ${kib(b.beforePaint.blank.p50)}, one-button ${kib(b.beforePaint.oneButton.p50)};` +
      ` per walk ${kib(b.perWalk.p50)}; all 16 languages ${kib(b.allLanguages.p50)}; QR painted ${ms(s.qr)} after "See my list"`,
  );
}

/** Issue 17's targets, each with the measured value. */
export function checkTargets(byRate, initialJsGzip) {
  const targets = [];
  const add = (name, value, limit, unit) =>
    targets.push({ name, value, limit, unit, pass: value !== null && value <= limit });
  const one = byRate['1'];
  const four = byRate['4'];
  if (one?.ready.app.n) add('ready-to-touch ÷ blank page, CPU ×1 (p50)', one.ready.appOverBlank.p50, 2, '×');
  if (four?.ready.app.n) add('ready-to-touch ÷ blank page, CPU ×4 (p50)', four.ready.appOverBlank.p50, 2.5, '×');
  if (four?.taps.controls.length)
    add('tap-to-paint p95 ÷ one-button page, CPU ×4', four.taps.all.tapToPaintRatio.p95, 1.5, '×');
  if (four && four.taps.controls.length > 0) {
    const worst = Math.max(...four.taps.controls.map((c) => c.tapToPaint.p95));
    add('slowest control tap-to-paint p95, CPU ×4', worst, 100, 'ms');
  }
  for (const [rate, s] of Object.entries(byRate)) {
    if (s.languages.each.length === 0) continue;
    add(`first language switch p95 ÷ plain HTML swap, CPU ×${rate}`, s.languages.all.ratio.p95, 1.2, '×');
    const worst = s.languages.each.reduce((a, b) => ((b.ratio.p95 ?? 0) > (a.ratio.p95 ?? 0) ? b : a));
    add(`  the same, worst single language (${worst.code}), CPU ×${rate}`, worst.ratio.p95, 1.2, '×');
  }
  if (one?.longTasks.walks) add('longest task during a walk, CPU ×1', one.longTasks.longest.max, 50, 'ms');
  if (four?.longTasks.walks) add('longest task during a walk, CPU ×4', four.longTasks.longest.max, 100, 'ms');
  if (initialJsGzip !== null) add('initial JS, gzip', Math.round((initialJsGzip / 1024) * 10) / 10, 120, 'KiB');
  return targets;
}

export function printTargets(targets) {
  console.log('\nTargets (issue 17)');
  for (const t of targets)
    console.log(
      `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(56)} ${String(t.value)}${t.unit} (target ≤ ${t.limit}${t.unit})`,
    );
  console.log('  (the 2,000-cycle soak target is measured by `npm run soak -- --cycles=2000`)');
}
