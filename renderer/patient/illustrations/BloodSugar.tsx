import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Drop } from './parts/shapes';

/** A blood-sugar check: a fingertip with a drop of blood touching the test strip in a small meter. */
export function BloodSugar(props: IllustrationProps) {
  return (
    <Frame {...props}>
      {/* meter with a strip in its end */}
      <rect x={196} y={176} width={104} height={26} rx={4} fill={ill('surface')} />
      <rect x={20} y={136} width={190} height={112} rx={28} fill={ill('cloth-1')} />
      <rect x={42} y={156} width={106} height={72} rx={8} fill={ill('plate')} />
      <Drop x={72} y={192} size={0.6} />
      <path d="M96 182 L130 182 M96 202 L120 202" stroke={ill('ink-soft')} strokeWidth={6} />
      <circle cx={178} cy={192} r={16} fill={ill('surface')} />
      {/* fingertip from the right, a drop of blood on its tip */}
      <path d="M410 54 L292 54 Q256 54 256 90 Q256 126 292 126 L410 126 Z" fill={ill('skin-3')} />
      <path d="M270 60 Q282 54 304 56 L304 74 Q284 76 272 72 Z" fill={ill('skin-1')} strokeWidth={4} />
      <path d="M352 68 Q346 90 352 112" strokeWidth={4} />
      <Drop x={284} y={146} size={1} />
    </Frame>
  );
}
