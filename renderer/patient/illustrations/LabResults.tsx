import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Magnifier } from './parts/shapes';

const ROWS = [96, 142, 188, 234];
const MARKS = [214, 196, 226, 206];

/** A results sheet on a clipboard: rows of lines with a marker on a scale each, looked at through a magnifier. */
export function LabResults(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <rect x={66} y={36} width={216} height={250} rx={16} fill={ill('spread')} />
      <rect x={84} y={62} width={180} height={208} rx={6} fill={ill('surface')} />
      <rect x={134} y={24} width={80} height={34} rx={10} fill={ill('plate')} />
      {ROWS.map((y, i) => (
        <g key={y}>
          <path d={`M104 ${y} L156 ${y}`} stroke={ill('ink-soft')} strokeWidth={8} />
          <path d={`M180 ${y} L244 ${y}`} stroke={ill('ink-soft')} strokeWidth={4} />
          <circle cx={MARKS[i] ?? 212} cy={y} r={9} fill={ill('accent')} strokeWidth={4} />
        </g>
      ))}
      <Magnifier x={300} y={150} r={46} />
    </Frame>
  );
}
