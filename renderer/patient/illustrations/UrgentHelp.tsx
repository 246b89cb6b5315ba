import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';

/** Get help quickly: a phone ringing out with an amber alert badge, and a clinic with a plus sign. */
export function UrgentHelp(props: IllustrationProps) {
  return (
    <Frame {...props}>
      {/* phone */}
      <rect x={56} y={54} width={110} height={206} rx={20} fill={ill('line')} />
      <rect x={68} y={76} width={86} height={156} rx={6} fill={ill('plate')} stroke="none" />
      <path
        d="M92 128 Q88 118 96 114 L104 110 L114 128 L106 134 Q110 150 124 160 L132 154 L146 168 L140 176 Q132 182 122 176 Q98 160 92 128 Z"
        fill={ill('accent')}
        strokeWidth={4}
      />
      <g stroke={ill('accent')} strokeWidth={6}>
        <path d="M184 108 Q198 124 184 140 M198 94 Q224 124 198 154" />
      </g>
      <circle cx={62} cy={58} r={28} fill={ill('warm')} />
      <path d="M62 44 L62 60" strokeWidth={7} />
      <circle cx={62} cy={71} r={4.5} fill={ill('line')} stroke="none" />
      {/* clinic */}
      <path d="M232 128 L302 80 L372 128 Z" fill={ill('surface')} />
      <rect x={240} y={128} width={124} height={134} fill={ill('plate')} />
      <rect x={286} y={206} width={32} height={56} rx={4} fill={ill('surface')} />
      <rect x={254} y={150} width={26} height={26} rx={3} fill={ill('surface')} />
      <rect x={324} y={150} width={26} height={26} rx={3} fill={ill('surface')} />
      <path d="M302 96 L302 124 M288 110 L316 110" stroke={ill('accent')} strokeWidth={8} strokeLinecap="butt" />
      <path d="M226 264 L380 264" />
    </Frame>
  );
}
