import { ill, LINE_WIDTH, type PaletteName } from '../palette';

/** A thick stroke with an outline: the line colour drawn wide, the fill colour drawn narrower on top. */
export function Limb({ d, color, width }: { d: string; color: PaletteName; width: number }) {
  return (
    <g>
      <path d={d} stroke={ill('line')} strokeWidth={width + 2 * LINE_WIDTH} />
      <path d={d} stroke={ill(color)} strokeWidth={width} />
    </g>
  );
}

/** A green badge with a white tick ("this works", "done"). */
export function TickBadge({ x, y, r = 24 }: { x: number; y: number; r?: number }) {
  const s = r / 24;
  return (
    <g>
      <circle cx={x} cy={y} r={r} fill={ill('positive')} />
      <path
        d={`M${x - 11 * s} ${y + 1 * s} L${x - 3 * s} ${y + 9 * s} L${x + 12 * s} ${y - 8 * s}`}
        stroke={ill('surface')}
        strokeWidth={6 * s}
      />
    </g>
  );
}

/** A magnifying glass: a thick blue rim and an outlined handle pointing down-right. */
export function Magnifier({ x, y, r }: { x: number; y: number; r: number }) {
  const k = r * 0.8;
  return (
    <g>
      <Limb d={`M${x + k} ${y + k} L${x + k + r * 0.85} ${y + k + r * 0.85}`} color="spread" width={16} />
      <circle cx={x} cy={y} r={r} stroke={ill('line')} strokeWidth={20} />
      <circle cx={x} cy={y} r={r} stroke={ill('accent')} strokeWidth={10} />
    </g>
  );
}

/** Short zig-zag strokes meaning "tingling / pins and needles". */
export function Tingle({ x, y, angle = 0 }: { x: number; y: number; angle?: number }) {
  return (
    <path
      d="M0 0 l7 -9 l7 9 l7 -9"
      transform={`translate(${x} ${y}) rotate(${angle}) translate(-10.5 4.5)`}
      stroke={ill('accent')}
      strokeWidth={LINE_WIDTH}
    />
  );
}

/** The sole of a right foot seen from below, toes up, about 110×190, centred on (x, y). */
export function FootSole({ x, y, skin }: { x: number; y: number; skin: PaletteName }) {
  const toes: [number, number, number][] = [
    [-30, -78, 17],
    [-2, -88, 12],
    [19, -84, 11],
    [37, -74, 10],
    [51, -58, 9],
  ];
  return (
    <g transform={`translate(${x} ${y})`}>
      {toes.map(([tx, ty, r]) => (
        <circle key={`${tx}`} cx={tx} cy={ty} r={r} fill={ill(skin)} />
      ))}
      <path
        d="M-46 -52 C-50 -10 -40 30 -34 62 C-28 96 26 100 30 66 C34 38 34 10 46 -20 C56 -48 44 -66 10 -68 C-20 -70 -44 -72 -46 -52 Z"
        fill={ill(skin)}
      />
    </g>
  );
}

/** An oval tablet with a score line across its middle, centred on (x, y). */
export function Tablet({ x, y, angle = 0 }: { x: number; y: number; angle?: number }) {
  return (
    <g transform={`translate(${x} ${y}) rotate(${angle})`}>
      <ellipse cx={0} cy={0} rx={26} ry={15} fill={ill('surface')} />
      <path d="M0 -9 L0 9" strokeWidth={4} />
    </g>
  );
}
