/**
 * "Nothing hidden below the fold", measured in the page: every word inside
 * <main> is either in view, or below it while the large "More below" button
 * shows; none sits under the top or bottom bar; on a paged screen none is cut
 * off at the bottom of its part, and every word is on screen in some part.
 */
import type { Page } from '@playwright/test';

export interface FitReport {
  /** Words that cannot be seen and nothing says so (or that a bar covers, or a part cuts off). */
  problems: string[];
  /** Whether "More below" shows. */
  moreBelow: boolean;
  /** Indexes of the paged words' text nodes that are on screen in this part. */
  pagedVisible: number[];
  pagedCount: number;
}

/** Measures the screen as it is now. Runs entirely in the page. */
export async function measureFit(page: Page): Promise<FitReport> {
  // A screen's code can arrive a moment after data-screen changes (screens load on demand): measure
  // the screen a patient sees, not the instant before it is drawn.
  await page
    .locator('main')
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(() => undefined);
  return page.evaluate(() => {
    const problems: string[] = [];
    const main = document.querySelector<HTMLElement>('main');
    if (!main) return { problems: ['no <main>'], moreBelow: false, pagedVisible: [], pagedCount: 0 };
    const mainBox = main.getBoundingClientRect();
    const more = document.querySelector<HTMLElement>('.patient-frame__more');
    const moreBelow =
      more !== null && more.getBoundingClientRect().height > 0 && getComputedStyle(more).visibility !== 'hidden';
    const bars = [...document.querySelectorAll<HTMLElement>('.patient-frame__bar, .patient-frame__bottom')].map((bar) =>
      bar.getBoundingClientRect(),
    );
    const paged = main.querySelector<HTMLElement>('.paged-words');
    const pagedBox = paged?.getBoundingClientRect();
    const pagedVisible: number[] = [];
    let pagedIndex = 0;

    const hiddenFromEveryone = (element: Element | null): boolean => {
      for (let node = element; node; node = node.parentElement) {
        if (node.getAttribute('aria-hidden') === 'true' && !node.closest('.touch-to-start-phrases')) return true;
        if (node.classList.contains('visually-hidden') || node.classList.contains('path-measurer')) return true;
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
      }
      return false;
    };
    const snippet = (text: string) => JSON.stringify(text.trim().slice(0, 40));

    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (text.trim() === '' || hiddenFromEveryone(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const inPaged = paged !== null && paged.contains(node);
      if (inPaged && pagedBox) {
        const index = pagedIndex++;
        const inPart = rects.filter((r) => r.right > pagedBox.left + 1 && r.left < pagedBox.right - 1);
        if (inPart.length > 0) pagedVisible.push(index);
        for (const r of inPart) {
          // A text box is the font's whole height, taller than its line in Arabic and Devanagari fonts; the
          // columns break between lines, so a line is cut only when more than that slack is outside its part.
          if (r.bottom - pagedBox.bottom > Math.max(1, r.height * 0.35))
            problems.push(`cut off at the bottom of its part: ${snippet(text)}`);
        }
        continue;
      }
      for (const r of rects) {
        if (r.right < mainBox.left - 1 || r.left > mainBox.right + 1)
          problems.push(`off to the side: ${snippet(text)}`);
        const below = r.top >= mainBox.bottom - 1 || r.bottom > mainBox.bottom + 1;
        if (below && !moreBelow) problems.push(`below the screen with no "More below": ${snippet(text)}`);
        // What <main> does not clip is what the patient sees of the text: none of that may sit under a bar.
        const top = Math.max(r.top, mainBox.top);
        const bottom = Math.min(r.bottom, mainBox.bottom);
        if (bottom - top > 1) {
          for (const bar of bars) {
            const overlaps = bottom > bar.top + 1 && top < bar.bottom - 1 && r.right > bar.left && r.left < bar.right;
            if (overlaps) problems.push(`under a bar: ${snippet(text)}`);
          }
        }
      }
    }
    return { problems, moreBelow, pagedVisible, pagedCount: pagedIndex };
  });
}
