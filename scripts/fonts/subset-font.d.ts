declare module 'subset-font' {
  /** Subsets a TTF/WOFF/WOFF2 font to the glyphs `text` needs (harfbuzz hb-subset, WebAssembly). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' },
  ): Promise<Buffer>;
}
