import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Tablet, TickBadge } from './parts/shapes';

/** Two ways to take B12, both ticked: tablets with a glass of water, and an injection (a capped syringe). */
export function TabletsInjection(props: IllustrationProps) {
  return (
    <Frame {...props}>
      {/* glass of water and tablets */}
      <path d="M46 108 L116 108 L106 262 L56 262 Z" fill={ill('surface')} />
      <path d="M50 150 L112 150 L106 262 L56 262 Z" fill={ill('plate')} />
      <Tablet x={154} y={246} angle={-10} />
      <Tablet x={158} y={198} angle={20} />
      <TickBadge x={100} y={64} />
      <path d="M200 40 L200 270" stroke={ill('ink-soft')} strokeDasharray="2 14" />
      {/* syringe with its needle capped */}
      <g transform="rotate(-30 300 180)">
        <rect x={206} y={170} width={16} height={20} rx={3} fill={ill('accent')} />
        <rect x={216} y={176} width={34} height={8} fill={ill('plate')} />
        <rect x={244} y={160} width={12} height={40} rx={4} fill={ill('plate')} />
        <rect x={254} y={162} width={100} height={36} rx={6} fill={ill('surface')} />
        <path d="M276 162 L276 176 M298 162 L298 176 M320 162 L320 176" strokeWidth={4} />
        <rect x={352} y={172} width={14} height={16} fill={ill('plate')} />
        <rect x={364} y={170} width={40} height={20} rx={10} fill={ill('accent')} />
      </g>
      <TickBadge x={300} y={64} />
    </Frame>
  );
}
