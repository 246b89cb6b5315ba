import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseUnicodeRange, type Range } from './unicodeRange.ts';

/** One @font-face of an @fontsource stylesheet: a woff2 slice and the code points it serves. */
export interface SourceFace {
  readonly family: string;
  readonly weight: string;
  /** Absolute path of the slice's woff2 file. */
  readonly file: string;
  readonly ranges: readonly Range[];
  readonly unicodeRange: string;
}

/** Reads the @font-face rules of an @fontsource CSS file (e.g. node_modules/@fontsource/noto-sans-sc/400.css). */
export function readFontsourceFaces(cssFile: string): SourceFace[] {
  const css = readFileSync(cssFile, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => {
    const field = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1]?.trim() ?? '';
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(field('src'))?.[1];
    if (!woff2) throw new Error(`${cssFile}: a @font-face without a woff2 source`);
    const unicodeRange = field('unicode-range');
    return {
      family: field('font-family').replace(/^["']|["']$/g, ''),
      weight: field('font-weight'),
      file: resolve(dirname(cssFile), woff2),
      ranges: parseUnicodeRange(unicodeRange),
      unicodeRange,
    };
  });
}
