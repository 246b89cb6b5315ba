/**
 * A pseudo-locale for tests, generated from English: every letter accented,
 * each string ~40 % longer and bracketed, so truncation, clipping, hard-coded
 * English and string concatenation show up on screen. Interpolation
 * placeholders ({{count}}) are kept intact so plurals and variables still work.
 */
export const PSEUDO_LOCALE = 'qps';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéğĥíķĺñöŕšŧüŵýžÀƁÇĐÉĞĤÍĶĹÑÖŔŠŦÜŴÝŽ'][index] ?? letter,
  ]),
);

const PLACEHOLDER = /(\{\{[^}]+\}\}|\$t\([^)]*\)|<[^>]+>)/;

/** Pseudo-localises one string. */
export function pseudoLocalizeString(text: string): string {
  if (text === '') return text;
  const accented = text
    .split(PLACEHOLDER)
    .map((part, index) => (index % 2 === 1 ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  const visibleLength = text.replace(new RegExp(PLACEHOLDER.source, 'g'), '').length;
  // Padding in word-sized pieces, like a long language's words, not one unbreakable run.
  const padLength = Math.max(1, Math.round(visibleLength * 0.4));
  const padding = Array.from({ length: Math.ceil(padLength / 6) }, (_, i) =>
    'ẋẋẋẋẋẋ'.slice(0, Math.min(6, padLength - i * 6)),
  ).join(' ');
  return `⟦${accented} ${padding}⟧`;
}

/** Pseudo-localises every string in a resource tree, keeping its shape. */
export function pseudoLocalizeTree(tree: unknown): unknown {
  if (typeof tree === 'string') return pseudoLocalizeString(tree);
  if (Array.isArray(tree)) return tree.map(pseudoLocalizeTree);
  if (typeof tree === 'object' && tree !== null) {
    return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, pseudoLocalizeTree(value)]));
  }
  return tree;
}
