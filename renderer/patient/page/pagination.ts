/**
 * Pages that do not fit the screen at the patient's text size split into parts
 * (page.css lays the words out in screen-sized columns). Pure arithmetic over the
 * number of parts each page of a path has, so "Step n of m" counts every part and
 * Next/Back step through them in order. Unit-tested without a browser.
 */
export interface PagePosition {
  /** Index of the page in the path. */
  readonly step: number;
  /** Index of the part within that page. */
  readonly part: number;
}

/** Parts of page `step`: at least one, and one while unmeasured. */
export function partsOf(parts: readonly number[], step: number): number {
  return Math.max(1, Math.floor(parts[step] ?? 1));
}

/** 1-based position among every part of the path, and the total. */
export function partProgress(
  parts: readonly number[],
  pageCount: number,
  at: PagePosition,
): { step: number; total: number } {
  let before = 0;
  let total = 0;
  for (let index = 0; index < pageCount; index += 1) {
    const count = partsOf(parts, index);
    if (index < at.step) before += count;
    total += count;
  }
  const part = Math.min(Math.max(0, at.part), partsOf(parts, at.step) - 1);
  return { step: Math.min(before + part + 1, Math.max(total, 1)), total: Math.max(total, 1) };
}

/** The next part, the next page's first part, or null at the end of the path. */
export function nextPosition(parts: readonly number[], pageCount: number, at: PagePosition): PagePosition | null {
  if (at.part + 1 < partsOf(parts, at.step)) return { step: at.step, part: at.part + 1 };
  return at.step + 1 < pageCount ? { step: at.step + 1, part: 0 } : null;
}

/** The previous part, the previous page's last part, or null at the start of the path. */
export function previousPosition(parts: readonly number[], at: PagePosition): PagePosition | null {
  if (at.part > 0) return { step: at.step, part: at.part - 1 };
  return at.step > 0 ? { step: at.step - 1, part: partsOf(parts, at.step - 1) - 1 } : null;
}
