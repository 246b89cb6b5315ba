/** Code-point ranges as CSS `unicode-range` writes them, and the set arithmetic the subsetter needs. */
export type Range = readonly [from: number, to: number];

/** "U+0460-052F,U+20B4" → [[0x460, 0x52f], [0x20b4, 0x20b4]] (wildcards such as U+4?? too). */
export function parseUnicodeRange(text: string): Range[] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part): Range => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [from, to] = part.split('-');
      return [parseInt(from ?? '', 16), parseInt(to ?? from ?? '', 16)];
    });
}

/** The code points of `points` that fall in any of `ranges`, ascending. */
export function pointsIn(points: ReadonlySet<number>, ranges: readonly Range[]): number[] {
  return [...points].filter((p) => ranges.some(([from, to]) => p >= from && p <= to)).sort((a, b) => a - b);
}

/** Ascending code points → the shortest `unicode-range` value naming exactly them. */
export function formatUnicodeRange(sortedPoints: readonly number[]): string {
  const parts: string[] = [];
  let start = sortedPoints[0];
  let previous = start;
  const flush = () => {
    if (start === undefined || previous === undefined) return;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(start === previous ? `U+${hex(start)}` : `U+${hex(start)}-${hex(previous)}`);
  };
  for (const point of sortedPoints.slice(1)) {
    if (previous !== undefined && point === previous + 1) previous = point;
    else {
      flush();
      start = point;
      previous = point;
    }
  }
  flush();
  return parts.join(',');
}

/** Every code point of every string. */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const points = new Set<number>();
  for (const text of texts) for (const ch of text) points.add(ch.codePointAt(0) ?? 0);
  return points;
}
