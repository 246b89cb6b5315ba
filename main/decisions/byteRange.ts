/**
 * One `Range: bytes=…` request header against a file of `size` bytes, as a
 * media element sends it to seek or to restart a recording (Repeat). Only a
 * single range is honoured; anything else is served whole, as HTTP allows.
 */
export type ByteRange = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

export function byteRange(header: string | null, size: number): ByteRange {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    // "bytes=-500": the last 500 bytes.
    const length = Math.min(Number(last), size);
    return length > 0 ? { kind: 'part', start: size - length, end: size - 1 } : { kind: 'unsatisfiable' };
  }
  const start = Number(first);
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return end >= start ? { kind: 'part', start, end } : { kind: 'unsatisfiable' };
}
