import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';

const FLAKES: [number, number][] = [
  [168, 150],
  [194, 140],
  [220, 146],
  [246, 140],
  [272, 150],
  [182, 166],
  [208, 162],
  [234, 164],
  [260, 166],
];

/** Foods with B12 added: a carton of plant milk, a bowl of cereal, and toast with yeast spread from the jar behind it. */
export function FortifiedFoods(props: IllustrationProps) {
  return (
    <Frame {...props}>
      {/* plant-milk carton with a leaf */}
      <path d="M40 110 L62 70 L118 70 L140 110 Z" fill={ill('surface')} />
      <rect x={58} y={52} width={62} height={20} rx={4} fill={ill('cloth-3')} />
      <rect x={40} y={110} width={100} height={160} rx={6} fill={ill('cloth-3')} />
      <rect x={56} y={144} width={68} height={80} rx={10} fill={ill('surface')} />
      <path d="M72 206 C70 176 92 158 110 160 C112 184 96 204 72 206 Z" fill={ill('cloth-3')} />
      <path d="M74 204 L98 178" strokeWidth={4} />
      {/* bowl of cereal with a spoon */}
      <Spoon />
      {FLAKES.map(([x, y]) => (
        <ellipse key={`${x},${y}`} cx={x} cy={y} rx={15} ry={11} fill={ill('grain')} />
      ))}
      <path d="M150 170 L290 170 C290 220 260 250 220 250 C180 250 150 220 150 170 Z" fill={ill('cloth-1')} />
      <rect x={196} y={248} width={48} height={14} rx={6} fill={ill('cloth-1')} />
      {/* a jar of yeast spread behind a slice of toast spread with it */}
      <rect x={326} y={84} width={52} height={20} rx={6} fill={ill('accent')} />
      <rect x={318} y={102} width={68} height={96} rx={14} fill={ill('spread')} />
      <path d="M318 128 L318 116 Q318 102 332 102 L372 102 Q386 102 386 116 L386 128 Z" fill={ill('plate')} />
      <path d="M296 196 C284 170 306 152 326 164 C346 152 368 170 356 196 L356 264 L296 264 Z" fill={ill('grain')} />
      <path d="M308 200 C300 184 314 174 326 182 C338 174 352 184 344 200 L344 250 L308 250 Z" fill={ill('spread')} />
    </Frame>
  );
}

function Spoon() {
  return (
    <g>
      <path d="M262 152 L300 66" stroke={ill('line')} strokeWidth={18} />
      <path d="M262 152 L300 66" stroke={ill('plate')} strokeWidth={8} />
      <ellipse cx={302} cy={58} rx={13} ry={19} fill={ill('plate')} transform="rotate(24 302 58)" />
    </g>
  );
}
