import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Clinic, Handset, Phone } from './parts/shapes';

/** Get help quickly: a phone ringing out with an amber alert badge, and a clinic with a plus sign. */
export function UrgentHelp(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <Phone x={56} y={54} w={110} h={206}>
        <Handset x={119} y={146} />
      </Phone>
      <g stroke={ill('accent')} strokeWidth={6}>
        <path d="M184 108 Q198 124 184 140 M198 94 Q224 124 198 154" />
      </g>
      <circle cx={62} cy={58} r={28} fill={ill('warm')} />
      <path d="M62 44 L62 60" strokeWidth={7} />
      <circle cx={62} cy={71} r={4.5} fill={ill('line')} stroke="none" />
      <Clinic x={302} ground={262} />
    </Frame>
  );
}
