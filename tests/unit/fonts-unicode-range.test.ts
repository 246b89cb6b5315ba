import { describe, expect, it } from 'vitest';
import { codePointsOf, formatUnicodeRange, parseUnicodeRange, pointsIn } from '../../scripts/fonts/unicodeRange';

describe('unicode-range arithmetic for the build-time font subsets', () => {
  it('reads single points, spans and wildcards as @fontsource writes them', () => {
    expect(parseUnicodeRange('U+0460-052F,U+20B4, U+4??')).toEqual([
      [0x460, 0x52f],
      [0x20b4, 0x20b4],
      [0x400, 0x4ff],
    ]);
  });

  it('keeps only the characters a slice serves, in order', () => {
    const points = codePointsOf(['中文 abc', 'Ж']);
    expect(pointsIn(points, parseUnicodeRange('U+4E00-9FFF'))).toEqual([0x4e2d, 0x6587]);
    expect(pointsIn(points, parseUnicodeRange('U+0400-04FF'))).toEqual([0x416]);
    expect(pointsIn(points, parseUnicodeRange('U+0600-06FF'))).toEqual([]);
  });

  it('writes the shortest range that names exactly the kept characters, and reads back the same', () => {
    const sorted = [0x41, 0x42, 0x43, 0x45, 0x4e2d, 0x1f600];
    const text = formatUnicodeRange(sorted);
    expect(text).toBe('U+41-43,U+45,U+4E2D,U+1F600');
    expect(pointsIn(new Set(sorted), parseUnicodeRange(text))).toEqual(sorted);
    expect(pointsIn(new Set([0x44]), parseUnicodeRange(text))).toEqual([]);
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect([...codePointsOf(['😀😀'])]).toEqual([0x1f600]);
  });
});
