/**
 * Policy files are written by whatever tool IT uses: PowerShell 5's `Set-Content -Encoding utf8`
 * writes a UTF-8 byte-order mark, `-Encoding unicode` writes UTF-16 LE with one, and some editors
 * UTF-16 BE. Each of them is the same policy; only bytes that decode to no text are unreadable.
 */
export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** A policy holds a few dozen keys; anything bigger is not a policy file. */
export const MAX_POLICY_BYTES = 64 * 1024;

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a mark still shows itself: ASCII JSON has a zero byte beside every character. */
function looksLikeUtf16(bytes: Uint8Array, zeroAt: 0 | 1): boolean {
  if (bytes.length < 4) return false;
  return bytes[zeroAt] === 0 && bytes[zeroAt + 2] === 0 && bytes[1 - zeroAt] !== 0;
}

export function decodePolicyBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_POLICY_BYTES)
    return { ok: false, reason: `the file is ${bytes.length} bytes, more than a policy can be (${MAX_POLICY_BYTES})` };
  let text: string | null;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'UTF-8 with byte-order mark';
    text = decodeStrict(bytes.subarray(3), 'utf-8');
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'UTF-16 LE';
    text = decodeStrict(bytes.subarray(2), 'utf-16le');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'UTF-16 BE';
    text = decodeStrict(swapBytePairs(bytes.subarray(2)), 'utf-16le');
  } else if (looksLikeUtf16(bytes, 1)) {
    encoding = 'UTF-16 LE without byte-order mark';
    text = decodeStrict(bytes, 'utf-16le');
  } else if (looksLikeUtf16(bytes, 0)) {
    encoding = 'UTF-16 BE without byte-order mark';
    text = decodeStrict(swapBytePairs(bytes), 'utf-16le');
  } else {
    encoding = 'UTF-8';
    text = decodeStrict(bytes, 'utf-8');
  }
  return text === null ? { ok: false, reason: `the file is not valid ${encoding} text` } : { ok: true, text, encoding };
}
