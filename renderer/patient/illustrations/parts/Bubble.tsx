import { ill } from '../palette';

/** A rounded speech bubble with its tail pointing down towards (tailX, bottom). */
export function Bubble({
  x,
  y,
  w,
  h,
  tailX,
  tailDx = 0,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  tailX: number;
  tailDx?: number;
}) {
  const b = y + h;
  const r = 18;
  return (
    <path
      d={`M${x + r} ${y} L${x + w - r} ${y} Q${x + w} ${y} ${x + w} ${y + r} L${x + w} ${b - r} Q${x + w} ${b} ${x + w - r} ${b}
        L${tailX + 14} ${b} L${tailX + tailDx} ${b + 24} L${tailX - 6} ${b} L${x + r} ${b} Q${x} ${b} ${x} ${b - r} L${x} ${y + r} Q${x} ${y} ${x + r} ${y} Z`}
      fill={ill('surface')}
    />
  );
}

/** A question mark drawn as a shape (not a letter), centred on (x, y), about 40 tall. */
export function QuestionMark({ x, y, color = 'accent' }: { x: number; y: number; color?: 'accent' | 'line' }) {
  return (
    <g stroke={ill(color)}>
      <path
        d={`M${x - 11} ${y - 10} Q${x - 11} ${y - 22} ${x} ${y - 22} Q${x + 12} ${y - 22} ${x + 12} ${y - 10} Q${x + 12} ${y - 2} ${x} ${y + 3} L${x} ${y + 8}`}
        strokeWidth={7}
      />
      <circle cx={x} cy={y + 20} r={4.5} fill={ill(color)} stroke="none" />
    </g>
  );
}
