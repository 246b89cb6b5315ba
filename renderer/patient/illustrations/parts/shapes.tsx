import type { ReactNode } from 'react';
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

/** A mobile phone: dark body, light screen; children draw on the screen (which starts at x + 12, y + 22). */
export function Phone({ x, y, w, h, children }: { x: number; y: number; w: number; h: number; children?: ReactNode }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={20} fill={ill('line')} />
      <rect x={x + 12} y={y + 22} width={w - 24} height={h - 50} rx={6} fill={ill('plate')} stroke="none" />
      {children}
    </g>
  );
}

/** A clinic: a house-shaped building with a blue plus on its roof, standing on the ground at (x, ground). */
export function Clinic({ x, ground, scale = 1 }: { x: number; ground: number; scale?: number }) {
  return (
    <g transform={`translate(${x} ${ground}) scale(${scale})`} strokeWidth={LINE_WIDTH / scale}>
      <path d="M-70 -134 L0 -182 L70 -134 Z" fill={ill('surface')} />
      <rect x={-62} y={-134} width={124} height={134} fill={ill('plate')} />
      <rect x={-16} y={-56} width={32} height={56} rx={4} fill={ill('surface')} />
      <rect x={-48} y={-112} width={26} height={26} rx={3} fill={ill('surface')} />
      <rect x={22} y={-112} width={26} height={26} rx={3} fill={ill('surface')} />
      <path
        d="M0 -166 L0 -138 M-14 -152 L14 -152"
        stroke={ill('accent')}
        strokeWidth={8 / scale}
        strokeLinecap="butt"
      />
      <path d="M-76 2 L78 2" />
    </g>
  );
}

/** A telephone handset (the "call" sign), about 58×72, centred on (x, y). */
export function Handset({ x, y }: { x: number; y: number }) {
  return (
    <path
      d="M-27 -18 Q-31 -28 -23 -32 L-15 -36 L-5 -18 L-13 -12 Q-9 4 5 14 L13 8 L27 22 L21 30 Q13 36 3 30 Q-21 14 -27 -18 Z"
      transform={`translate(${x} ${y})`}
      fill={ill('accent')}
      strokeWidth={4}
    />
  );
}

/** The "no" sign: a red ring with a bar from top left to bottom right, outlined as one shape. */
export function NoSign({ x, y, r }: { x: number; y: number; r: number }) {
  const k = r * Math.SQRT1_2;
  const bar = `M${x - k} ${y - k} L${x + k} ${y + k}`;
  return (
    <g>
      <circle cx={x} cy={y} r={r} stroke={ill('line')} strokeWidth={16 + 2 * LINE_WIDTH} />
      <path d={bar} stroke={ill('line')} strokeWidth={16 + 2 * LINE_WIDTH} />
      <circle cx={x} cy={y} r={r} stroke={ill('red')} strokeWidth={16} />
      <path d={bar} stroke={ill('red')} strokeWidth={16} />
    </g>
  );
}

/** A drop (of blood), point up, about 32×46 at size 1, its round part centred on (x, y). */
export function Drop({ x, y, size }: { x: number; y: number; size: number }) {
  return (
    <path
      d="M0 -30 C8 -16 16 -8 16 0 A16 16 0 0 1 -16 0 C-16 -8 -8 -16 0 -30 Z"
      transform={`translate(${x} ${y}) scale(${size})`}
      strokeWidth={LINE_WIDTH / size}
      fill={ill('red')}
    />
  );
}
