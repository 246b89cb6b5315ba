/* global window, document, requestAnimationFrame, getComputedStyle */
// Runs inside every benchmarked page (kiosk and reference alike) before the page's
// own scripts, via page.addInitScript. Records long tasks, Event Timing entries,
// when the touch target is first visible and painted, and for each armed tap when
// its first frame and its result are painted. Times are performance.now()
// milliseconds, i.e. from navigation start.

/** @param {{ target: string | null }} options  the touch target's selector (null: the first frame) */
export function installProbe({ target }) {
  const bench = { longTasks: [], events: [], paints: {}, ready: null, tap: null };
  window.__bench = bench;
  performance.setResourceTimingBufferSize(100_000);

  const observe = (type, onEntry, extra = {}) =>
    new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true, ...extra });
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('paint', (e) => (bench.paints[e.name] = e.startTime));
  observe(
    'event',
    (e) => bench.events.push({ name: e.name, start: e.startTime, duration: e.duration, interaction: e.interactionId }),
    { durationThreshold: 16 },
  );

  /** Calls back once the frame after this moment has been rendered (rAF, then a fresh task). */
  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });

  /** Laid out, not hidden, and not faded: every ancestor at least 95% opaque. */
  const shown = (element) => {
    if (!element?.isConnected) return false;
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || !element.checkVisibility({ visibilityProperty: true })) return false;
    for (let node = element; node; node = node.parentElement)
      if (Number(getComputedStyle(node).opacity) < 0.95) return false;
    return true;
  };

  const unquote = (family) => family.trim().replace(/^["']|["']$/g, '');
  /** [[from, to], …] code points of a FontFace's unicode-range. */
  const rangesOf = (face) =>
    face.unicodeRange.split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)];
    });
  /**
   * Every character of the element's text is drawn by a loaded bundled face: for each
   * character, the first family in the element's stack with a face (of its weight)
   * covering it must have that face loaded. Characters no bundled face covers are
   * left to the system, as the browser does. At least one bundled face must draw.
   */
  const ownFontPainted = (element) => {
    if (!element) return false;
    const style = getComputedStyle(element);
    const weight = Number(style.fontWeight) >= 600 ? '700' : '400';
    const stack = style.fontFamily.split(',').map(unquote);
    const faces = [...document.fonts].filter((face) => stack.includes(unquote(face.family)));
    let drawn = 0;
    for (const character of new Set(element.textContent ?? '')) {
      const point = character.codePointAt(0);
      if (point === undefined || point <= 0x20) continue;
      for (const family of stack) {
        const covering = faces.filter(
          (face) =>
            unquote(face.family) === family &&
            String(face.weight) === weight &&
            rangesOf(face).some(([from, to]) => point >= from && point <= to),
        );
        if (covering.length === 0) continue;
        if (!covering.some((face) => face.status === 'loaded')) return false;
        drawn += 1;
        break;
      }
    }
    return drawn > 0;
  };

  const mainText = () => document.querySelector('main')?.textContent ?? '';
  // The new words are there and fully faded in (a fade counts until it ends).
  const contentShown = () => shown(document.querySelector('main h1') ?? document.querySelector('main'));
  const conditions = {
    paint: () => true,
    screen: (c) => document.documentElement.dataset.screen === c.screen && contentShown(),
    changed: (c, base) => mainText() !== base && contentShown(),
    shown: (c) => shown(document.querySelector(c.selector)),
    gone: (c) => !document.querySelector(c.selector),
    language: (c) =>
      document.documentElement.lang === c.lang &&
      shown(document.querySelector('main h1')) &&
      ownFontPainted(document.querySelector('main h1')),
  };

  const watchReady = () =>
    requestAnimationFrame(() => {
      const element = target ? document.querySelector(target) : document.body;
      if (target ? shown(element) : element) {
        const visibleAt = performance.now();
        afterPaint((paintedAt) => (bench.ready = { visibleAt, paintedAt }));
      } else watchReady();
    });
  watchReady();

  const watchResult = (tap) =>
    requestAnimationFrame(() => {
      if (bench.tap !== tap) return;
      if (conditions[tap.condition.kind](tap.condition, tap.base)) {
        tap.resultVisibleAt = performance.now();
        afterPaint((at) => {
          tap.resultPaintedAt = at;
          tap.resolve();
        });
      } else if (performance.now() - tap.downAt > 30_000) tap.resolve();
      else watchResult(tap);
    });

  /**
   * The benchmark's own button finder, so the harness costs the page almost
   * nothing between taps (Playwright's role engine computes ARIA for the whole
   * page on every lookup, which showed up as long tasks of its own): a visible
   * button inside `within` whose aria-label or text is `name` (or starts with it).
   */
  const nameOf = (button) =>
    (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
  bench.find = ({ name, prefix = false, within = '', last = false }) => {
    const matches = [...document.querySelectorAll(`${within} button`)].filter((button) => {
      const text = nameOf(button);
      return (prefix ? text.startsWith(name) : text === name) && shown(button);
    });
    return (last ? matches.at(-1) : matches[0]) ?? null;
  };

  /** Scrolls a control into view, arms the probe with what counts as the tap's result, says where to press. */
  bench.aim = (element, condition, scrollFirst) => {
    if (scrollFirst) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const { x, y, width, height } = element.getBoundingClientRect();
    bench.arm(condition);
    return { x, y, width, height };
  };

  /** Before a tap: what counts as its result. The next pointerdown starts the clock. */
  bench.arm = (condition) => {
    const tap = { condition, base: mainText(), downAt: null, firstPaintAt: null, resultPaintedAt: null };
    tap.done = new Promise((resolve) => (tap.resolve = resolve));
    bench.tap = tap;
  };
  window.addEventListener(
    'pointerdown',
    (event) => {
      const tap = bench.tap;
      if (!tap || tap.downAt !== null) return;
      tap.downAt = event.timeStamp;
      watchResult(tap);
    },
    true,
  );
  window.addEventListener(
    'click',
    () => {
      const tap = bench.tap;
      if (tap && tap.firstPaintAt === null) afterPaint((at) => (tap.firstPaintAt = at));
    },
    true,
  );
}
