/* global window, requestAnimationFrame */
// One measured tap: arm the probe with what counts as the tap's result, press the
// control's centre with a real (CDP) mouse press, and read back
//  - tapToPaint: pointerdown → the first frame rendered after the click handlers
//    ("rAF after click", what a finger sees first);
//  - tapToResult: pointerdown → the frame that shows the result (new screen, new
//    page, the language in its font), which includes any awaited work;
//  - eventTiming: the browser's own Event Timing duration for the interaction
//    (null when under its 16 ms reporting floor).

export async function measureTap(page, label, locator, condition, { scroll = true } = {}) {
  // One round trip: scroll into view, arm the probe, report where to press.
  const box = await locator.evaluate(
    (element, [c, scrollFirst]) => {
      if (scrollFirst) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const { x, y, width, height } = element.getBoundingClientRect();
      window.__bench.arm(c);
      return { x, y, width, height };
    },
    [condition, scroll],
    { timeout: 20_000 },
  );
  if (box.width < 1 || box.height < 1) throw new Error(`bench: "${label}" is not laid out`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const tap = await page.evaluate(async () => {
    const armed = window.__bench.tap;
    await armed.done;
    // Event Timing entries arrive after the frame they end with.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const events = window.__bench.events.filter((e) => e.interaction > 0 && e.start >= armed.downAt - 1);
    return {
      downAt: armed.downAt,
      firstPaintAt: armed.firstPaintAt,
      resultPaintedAt: armed.resultPaintedAt,
      eventTiming: events.length > 0 ? Math.max(...events.map((e) => e.duration)) : null,
      screen: window.document.documentElement.dataset.screen,
    };
  });
  if (tap.downAt === null) throw new Error(`bench: the press on "${label}" never reached the page`);
  if (tap.resultPaintedAt === null)
    throw new Error(`bench: "${label}" showed no result within 30 s (${JSON.stringify(condition)})`);
  return {
    label,
    at: tap.downAt,
    tapToPaint: round((tap.firstPaintAt ?? tap.resultPaintedAt) - tap.downAt),
    tapToResult: round(tap.resultPaintedAt - tap.downAt),
    eventTiming: tap.eventTiming,
    screen: tap.screen,
  };
}

const round = (ms) => Math.round(ms * 10) / 10;
