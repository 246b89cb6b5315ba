import type { ScriptId } from '../../../core/languages';

/** Unicode blocks beyond Atkinson Hyperlegible's Latin, and the script whose whole font draws them. */
const BLOCKS: readonly { from: number; to: number; scripts: readonly ScriptId[] }[] = [
  { from: 0x0250, to: 0x036f, scripts: ['latin'] },
  { from: 0x0400, to: 0x052f, scripts: ['cyrillic'] },
  { from: 0x0600, to: 0x06ff, scripts: ['arabic'] },
  { from: 0x0750, to: 0x077f, scripts: ['arabic'] },
  { from: 0x0900, to: 0x097f, scripts: ['devanagari'] },
  { from: 0x1100, to: 0x11ff, scripts: ['hangul'] },
  { from: 0x1e00, to: 0x1eff, scripts: ['latin'] },
  { from: 0x2e80, to: 0x312f, scripts: ['han-simplified', 'han-traditional'] },
  { from: 0x3130, to: 0x318f, scripts: ['hangul'] },
  { from: 0x3190, to: 0x9fff, scripts: ['han-simplified', 'han-traditional'] },
  { from: 0xac00, to: 0xd7af, scripts: ['hangul'] },
  { from: 0xf900, to: 0xfaff, scripts: ['han-simplified', 'han-traditional'] },
  { from: 0xfb50, to: 0xfdff, scripts: ['arabic'] },
  { from: 0xfe70, to: 0xfeff, scripts: ['arabic'] },
  { from: 0xff00, to: 0xffef, scripts: ['han-simplified', 'han-traditional'] },
  { from: 0x20000, to: 0x3134f, scripts: ['han-simplified', 'han-traditional'] },
];

/**
 * The scripts whose whole font some text may need: words staff type (clinic name,
 * QR headings) were not known when the fonts were cut to the kiosk's own words.
 * Plain Latin needs nothing: Atkinson Hyperlegible is bundled whole.
 */
export function scriptsNeededFor(texts: Iterable<string>): Set<ScriptId> {
  const needed = new Set<ScriptId>();
  for (const text of texts)
    for (const ch of text) {
      const point = ch.codePointAt(0) ?? 0;
      if (point < 0x0250) continue;
      for (const block of BLOCKS)
        if (point >= block.from && point <= block.to) for (const script of block.scripts) needed.add(script);
    }
  return needed;
}
