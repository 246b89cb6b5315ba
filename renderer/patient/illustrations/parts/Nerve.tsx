import { ill } from '../palette';
import { Limb } from './shapes';

/** Left edges of the myelin segments; each is SEGMENT_W wide with a small gap (a "node") between. */
const SEGMENT_XS = [124, 174, 224, 274];
const SEGMENT_W = 42;

/** x of the bare gaps along the fibre, from the cell body to the ending: where a signal "jumps". */
export const NODE_XS = [117, 170, 220, 270, 320];

/** A nerve cell: body with branches at the left, a long fibre wrapped in its coat, endings at the right. */
export function NerveFibre({ y }: { y: number }) {
  return (
    <g>
      <Limb d={`M70 ${y} L22 ${y - 58}`} color="nerve" width={10} />
      <Limb d={`M70 ${y} L18 ${y + 50}`} color="nerve" width={10} />
      <Limb d={`M70 ${y} L60 ${y - 88}`} color="nerve" width={10} />
      <Limb d={`M70 ${y} L72 ${y + 90}`} color="nerve" width={10} />
      <Limb d={`M330 ${y} L366 ${y - 40}`} color="nerve" width={8} />
      <Limb d={`M330 ${y} L374 ${y}`} color="nerve" width={8} />
      <Limb d={`M330 ${y} L366 ${y + 40}`} color="nerve" width={8} />
      <circle cx={368} cy={y - 42} r={9} fill={ill('nerve')} />
      <circle cx={377} cy={y} r={9} fill={ill('nerve')} />
      <circle cx={368} cy={y + 42} r={9} fill={ill('nerve')} />
      <rect x={100} y={y - 9} width={236} height={18} rx={9} fill={ill('nerve')} />
      <circle cx={70} cy={y} r={44} fill={ill('nerve')} />
      <circle cx={70} cy={y} r={15} fill={ill('accent')} />
      {SEGMENT_XS.map((x) => (
        <g key={x}>
          <rect x={x} y={y - 26} width={SEGMENT_W} height={52} rx={21} fill={ill('warm')} />
          <path d={`M${x + 15} ${y - 22} Q${x + 7} ${y} ${x + 15} ${y + 22}`} strokeWidth={4} />
          <path d={`M${x + 28} ${y - 22} Q${x + 20} ${y} ${x + 28} ${y + 22}`} strokeWidth={4} />
        </g>
      ))}
    </g>
  );
}
