import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Tablet } from './parts/shapes';

/** Everyday medicines: a pill bottle, a blister pack and a few capsules and tablets. */
export function Medicines(props: IllustrationProps) {
  return (
    <Frame {...props}>
      {/* bottle */}
      <rect x={64} y={98} width={96} height={164} rx={16} fill={ill('warm')} />
      <rect x={56} y={60} width={112} height={42} rx={10} fill={ill('surface')} />
      <path d="M76 60 L76 102 M96 60 L96 102 M116 60 L116 102 M136 60 L136 102 M156 60 L156 102" strokeWidth={4} />
      <rect x={78} y={146} width={68} height={76} rx={8} fill={ill('surface')} />
      <path d="M92 170 L132 170 M92 196 L122 196" stroke={ill('ink-soft')} />
      {/* blister pack */}
      <rect x={196} y={70} width={112} height={170} rx={14} fill={ill('plate')} />
      {[100, 152, 204].flatMap((y) =>
        [226, 278].map((x) => <circle key={`${x},${y}`} cx={x} cy={y} r={17} fill={ill('surface')} />),
      )}
      {/* loose capsules and a tablet */}
      <g transform="rotate(-30 346 120)">
        <path d="M346 100 L346 140 L328 140 A18 20 0 0 1 328 100 Z" fill={ill('accent')} />
        <path d="M346 100 L364 100 A18 20 0 0 1 364 140 L346 140 Z" fill={ill('surface')} />
      </g>
      <g transform="rotate(20 346 204)">
        <path d="M346 184 L346 224 L328 224 A18 20 0 0 1 328 184 Z" fill={ill('cloth-2')} />
        <path d="M346 184 L364 184 A18 20 0 0 1 364 224 L346 224 Z" fill={ill('surface')} />
      </g>
      <Tablet x={350} y={264} angle={-15} />
    </Frame>
  );
}
