import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { CalendarPage } from './parts/Calendar';

const COLS = [28, 62, 96, 130, 164, 198, 232];
const ROWS = [110, 146, 182, 218];
const CELL = 30;
/** Days with a shot: three in each of the first two weeks, as "row,column". */
const SHOT_DAYS = new Set(['0,0', '0,2', '0,4', '1,0', '1,2', '1,4']);

/** A day with a shot: a syringe lying across it, plunger at the bottom left, needle at the top right. */
function Syringe({ x, y, scale = 1 }: { x: number; y: number; scale?: number }) {
  return (
    <g transform={`translate(${x} ${y}) rotate(-45) scale(${scale})`} strokeWidth={4}>
      <path d="M12 0 L24 0" />
      <path d="M-14 0 L-21 0 M-21 -9 L-21 9" strokeWidth={5} />
      <rect x={-14} y={-8} width={28} height={16} rx={3} fill={ill('surface')} />
      <rect x={1} y={-8} width={13} height={16} fill={ill('accent')} />
    </g>
  );
}

function Day({ x, y, shot }: { x: number; y: number; shot: boolean }) {
  return shot ? (
    <Syringe x={x + CELL / 2} y={y + CELL / 2} />
  ) : (
    <rect x={x} y={y} width={CELL} height={CELL} rx={5} strokeWidth={4} />
  );
}

/**
 * When shots are used: a month with a few shots in its first two weeks, then
 * two later pages with one shot each (one every few months).
 */
export function ShotSchedule(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <CalendarPage x={14} y={52} w={262} h={212}>
        {ROWS.flatMap((y, r) =>
          COLS.map((x, c) => <Day key={`${x},${y}`} x={x} y={y} shot={SHOT_DAYS.has(`${r},${c}`)} />),
        )}
      </CalendarPage>
      {[50, 172].map((y) => (
        <CalendarPage key={y} x={296} y={y} w={88} h={88} band={28}>
          <Syringe x={340} y={y + 58} scale={1.2} />
        </CalendarPage>
      ))}
    </Frame>
  );
}
