/* global window, requestAnimationFrame */
// One measured tap: arm the probe with what counts as the tap's result, press the
// control's centre with a real (CDP) mouse press, and read back
//  - tapToPaint: pointerdown → the first frame rendered after the click handlers
//    ("rAF after click", what a finger sees first);
//  - tapToResult: pointerdown → the frame that shows the result (new screen, new
//    page, the language in its font), which includes any awaited work;
//  - eventTiming: the browser's own Event Timing duration for the interaction
//    (null when under its 16 ms reporting floor).

/** A button by the probe's finder (see probe.mjs), waited for frame by frame, then aimed at. */
function aimAtButton(page, spec, condition, scroll) {
  return page.evaluate(
    ([find, c, scrollFirst]) =>
      new Promise((resolve, reject) => {
        const started = window.performance.now();
        const look = () => {
          const button = window.__bench.find(find);
          if (button) resolve(window.__bench.aim(button, c, scrollFirst));
          else if (window.performance.now() - started > 20_000) reject(new Error(`no button ${JSON.stringify(find)}`));
          else requestAnimationFrame(look);
        };
        look();
      }),
    [spec, condition, scroll],
  );
}

/**
 * `target` is a button spec for the probe's finder ({ name, prefix?, within?, last? })
 * or a Playwright locator (CSS only: role locators are too heavy for a page under test).
 */
export async function measureTap(page, label, target, condition, { scroll = true } = {}) {
  // One round trip: find, scroll into view, arm the probe, report where to press.
  const box =
    'name' in target
      ? await aimAtButton(page, target, condition, scroll)
      : await target.evaluate(
          (element, [c, scrollFirst]) => window.__bench.aim(element, c, scrollFirst),
          [condition, scroll],
          {
            timeout: 20_000,
          },
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
