import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE, type PaletteName } from '../../renderer/patient/illustrations/palette';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Custom properties declared in a CSS block, as name → value (hex colours only). */
function tokens(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2]?.toLowerCase()]),
  );
}

const root = path.resolve(import.meta.dirname, '../..');
const highContrast = tokens(
  readFileSync(path.join(root, 'renderer/platform/styles/themes.css'), 'utf8'),
  "html[data-theme='high-contrast']",
);
const defaults = tokens(readFileSync(path.join(root, 'renderer/platform/styles/global.css'), 'utf8'), ':root');

function token(theme: Record<string, string>, name: string): string {
  const value = theme[name];
  if (!value) throw new Error(`theme has no --${name}`);
  return value;
}

/** Text (foreground) on the surfaces it is drawn on. */
const TEXT_PAIRS: [string, string][] = [
  ['ink', 'surface'],
  ['ink', 'surface-raised'],
  ['ink-muted', 'surface'],
  ['ink-muted', 'surface-raised'],
  ['accent-ink', 'accent'],
  ['accent-ink', 'accent-pressed'],
  ['warning-ink', 'warning-surface'],
  ['urgent-ink', 'urgent-surface'],
];

describe('theme contrast', () => {
  it('high contrast: every text pair reaches 7:1 (WCAG AAA)', () => {
    for (const [fg, bg] of TEXT_PAIRS)
      expect(contrast(token(highContrast, fg), token(highContrast, bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
  });

  it('default theme: every text pair reaches 4.5:1 (WCAG AA)', () => {
    for (const [fg, bg] of TEXT_PAIRS)
      expect(contrast(token(defaults, fg), token(defaults, bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring stands out 3:1 from every surface it can sit on, in both themes', () => {
    for (const theme of [defaults, highContrast]) {
      for (const surface of ['surface', 'surface-raised', 'warning-surface', 'urgent-surface']) {
        expect(
          contrast(token(theme, 'focus-ring'), token(theme, surface)),
          `focus ring on ${surface}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('recolours every illustration colour, keeping each documented neighbour pair at 3:1 (WCAG 1.4.11)', () => {
    for (const [name, entry] of Object.entries(PALETTE)) {
      const colour = token(highContrast, `ill-${name}`);
      for (const other of entry.contrastWith) {
        const ratio = contrast(colour, token(highContrast, `ill-${other as PaletteName}`));
        expect(ratio, `--ill-${name} against --ill-${other}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
