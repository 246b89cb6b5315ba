import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { CalendarPage } from './parts/Calendar';
import { Clinic, Limb } from './parts/shapes';

const COLS = [44, 86, 128, 170];
const ROWS = [118, 160, 202];

/** Booking a visit: a calendar with one day circled, a pen beside it, and the clinic. */
export function BookVisit(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <CalendarPage x={24} y={52} w={200} h={206}>
        {ROWS.flatMap((y) =>
          COLS.map((x) => <rect key={`${x},${y}`} x={x} y={y} width={28} height={28} rx={5} strokeWidth={4} />),
        )}
        <ellipse
          cx={142}
          cy={174}
          rx={31}
          ry={26}
          stroke={ill('accent')}
          strokeWidth={7}
          transform="rotate(-12 142 174)"
        />
      </CalendarPage>
      {/* pen, held steeply as if writing, its tip just below the circle */}
      <Limb d="M182 221 L214 277" color="cloth-2" width={20} />
      <path d="M170 200 L195 213.5 L169 228.5 Z" fill={ill('grain')} />
      <path d="M170 200 L177.9 204.8 L170.1 209.3 Z" fill={ill('line')} />
      <Clinic x={316} ground={250} scale={0.8} />
    </Frame>
  );
}
