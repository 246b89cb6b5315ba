/**
 * The illustrations' colours. Every colour in every picture is one of these
 * CSS custom properties with its default as the fallback, so a theme (e.g. a
 * high-contrast one) can recolour all pictures by setting the variables on any
 * ancestor element, for instance:
 *
 *   .theme-high-contrast { --ill-bg: #ffffff; --ill-line: #000000; --ill-accent: #00528a; }
 *
 * Pictures are drawn as flat shapes outlined in `--ill-line`; details (eyes,
 * seams) are drawn in `--ill-line` on top of fills. A few colours are also
 * drawn as bare strokes on the background or on paper ("marks": arrows,
 * tingling lines, ticks). `contrastWith` lists the neighbours each colour
 * touches in the pictures; the unit test checks each pair reaches 3:1 in the
 * defaults (WCAG 1.4.11). A theme that overrides a variable should keep them.
 */
export const PALETTE = {
  bg: { fallback: '#eaf4f8', use: 'picture background', contrastWith: ['line'] },
  line: { fallback: '#1a1a1a', use: 'outlines, faces and small details', contrastWith: ['bg'] },
  surface: {
    fallback: '#ffffff',
    use: 'paper, labels, egg white, milk; also ticks on green and laces on shoes',
    contrastWith: ['line', 'positive', 'spread'],
  },
  plate: { fallback: '#cfe3ec', use: 'plates, glass, screens, buildings', contrastWith: ['line'] },
  accent: {
    fallback: '#1479a8',
    use: 'main blue: signals, arrows, tubes, uniform; also a mark on bg, paper and plates',
    contrastWith: ['line', 'bg', 'surface', 'plate'],
  },
  warm: {
    fallback: '#f2b134',
    use: 'amber: the nerve coat (myelin), yolk, B12 dots, alert badge',
    contrastWith: ['line'],
  },
  nerve: { fallback: '#f4b6c2', use: 'nerve cells, the stomach and gut', contrastWith: ['line'] },
  'skin-1': { fallback: '#f3c9a2', use: 'light skin tone', contrastWith: ['line'] },
  'skin-2': { fallback: '#d29a63', use: 'medium skin tone', contrastWith: ['line'] },
  'skin-3': { fallback: '#a86b3c', use: 'deep skin tone', contrastWith: ['line'] },
  'hair-1': { fallback: '#e6e6e6', use: 'white / silver hair', contrastWith: ['line'] },
  'hair-2': { fallback: '#9e9e9e', use: 'grey hair; metal', contrastWith: ['line'] },
  'cloth-1': { fallback: '#5fa8d3', use: 'clothing: sky blue', contrastWith: ['line'] },
  'cloth-2': { fallback: '#e8826a', use: 'clothing: coral; sample tubes', contrastWith: ['line'] },
  'cloth-3': { fallback: '#8cc084', use: 'clothing: green; leaves and plants', contrastWith: ['line'] },
  meat: { fallback: '#b86b4b', use: 'cooked meat', contrastWith: ['line'] },
  fish: { fallback: '#9fb8c8', use: 'fish', contrastWith: ['line'] },
  grain: { fallback: '#e8c07a', use: 'cereal, toast, wood', contrastWith: ['line'] },
  spread: { fallback: '#a8703f', use: 'yeast spread, soil, shoes', contrastWith: ['line'] },
  red: {
    fallback: '#d32f2f',
    use: 'red: the gentle "no" ring over something to stop; drops of blood',
    contrastWith: ['line', 'bg', 'surface'],
  },
  positive: {
    fallback: '#2e7d32',
    use: 'green ticks: a mark on bg and paper',
    contrastWith: ['line', 'bg', 'surface', 'plate'],
  },
  'ink-soft': {
    fallback: '#5c6b73',
    use: 'lines standing for writing on paper (never real text)',
    contrastWith: ['surface', 'plate'],
  },
} as const satisfies Record<string, { fallback: `#${string}`; use: string; contrastWith: readonly string[] }>;

export type PaletteName = keyof typeof PALETTE;

/** The paint value for a palette colour: `var(--ill-<name>, <default>)`. */
export function ill(name: PaletteName): string {
  return `var(--ill-${name}, ${PALETTE[name].fallback})`;
}

/** Outline width at the 400×300 viewBox (thick enough to read from a distance). */
export const LINE_WIDTH = 5;
