import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { CalendarPage } from './parts/Calendar';
import { Limb } from './parts/shapes';

const COLS = [40, 78, 116, 154];
const ROWS = [118, 158, 198];

/** Recovery takes weeks to months: a calendar with days ticked off, and a plant growing bigger pot by pot. */
export function CalendarRecovery(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <CalendarPage x={24} y={52} w={176} h={200} />
      {ROWS.flatMap((y, r) =>
        COLS.map((x, c) => (
          <g key={`${x},${y}`}>
            <rect x={x} y={y} width={28} height={28} rx={5} strokeWidth={4} />
            {r * COLS.length + c < 7 && (
              <path
                d={`M${x + 6} ${y + 15} L${x + 12} ${y + 21} L${x + 22} ${y + 8}`}
                // keep ticks the usual way round when the picture is mirrored
                transform={props.mirrored ? `matrix(-1 0 0 1 ${2 * x + 28} 0)` : undefined}
                stroke={ill('positive')}
                strokeWidth={5}
              />
            )}
          </g>
        )),
      )}
      {/* small, bigger, biggest plant */}
      <g transform="translate(-18 0)">
        <Limb d="M262 232 L262 208" color="cloth-3" width={6} />
        <ellipse cx={252} cy={208} rx={11} ry={6} fill={ill('cloth-3')} transform="rotate(-30 252 208)" />
        <Limb d="M314 232 L314 170" color="cloth-3" width={7} />
        <ellipse cx={298} cy={190} rx={16} ry={8} fill={ill('cloth-3')} transform="rotate(-30 298 190)" />
        <ellipse cx={330} cy={172} rx={16} ry={8} fill={ill('cloth-3')} transform="rotate(30 330 172)" />
        <Limb d="M366 232 L366 110" color="cloth-3" width={8} />
        <ellipse cx={346} cy={176} rx={21} ry={10} fill={ill('cloth-3')} transform="rotate(-30 346 176)" />
        <ellipse cx={386} cy={146} rx={21} ry={10} fill={ill('cloth-3')} transform="rotate(30 386 146)" />
        <ellipse cx={348} cy={124} rx={19} ry={9} fill={ill('cloth-3')} transform="rotate(-35 348 124)" />
        <circle cx={366} cy={100} r={14} fill={ill('warm')} />
        {[262, 314, 366].map((x) => (
          <path key={x} d={`M${x - 24} 228 L${x + 24} 228 L${x + 18} 272 L${x - 18} 272 Z`} fill={ill('spread')} />
        ))}
      </g>
    </Frame>
  );
}
