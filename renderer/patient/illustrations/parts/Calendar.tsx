import type { ReactNode } from 'react';
import { ill } from '../palette';

/** A wall-calendar page: white paper under a blue band (`band` tall) with two rings; children draw the days on it. */
export function CalendarPage({
  x,
  y,
  w,
  h,
  band: bandHeight = 46,
  children,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  band?: number;
  children?: ReactNode;
}) {
  const band = y + bandHeight;
  const ringInset = Math.min(34, w / 5);
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={12} fill={ill('surface')} />
      <path
        d={`M${x} ${band} L${x} ${y + 12} Q${x} ${y} ${x + 12} ${y} L${x + w - 12} ${y} Q${x + w} ${y} ${x + w} ${y + 12} L${x + w} ${band} Z`}
        fill={ill('accent')}
      />
      <rect x={x + ringInset} y={y - 18} width={14} height={34} rx={7} fill={ill('plate')} />
      <rect x={x + w - ringInset - 14} y={y - 18} width={14} height={34} rx={7} fill={ill('plate')} />
      {children}
    </g>
  );
}
