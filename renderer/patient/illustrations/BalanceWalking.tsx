import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Limb } from './parts/shapes';

/** An older person walking steadily to the right with a walking stick, on level ground. */
export function BalanceWalking(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <path d="M30 272 L370 272" />
      <g stroke={ill('accent')} strokeWidth={6}>
        <path d="M80 124 L122 124 M64 152 L116 152 M84 180 L120 180" />
      </g>
      {/* back arm and leg */}
      <Limb d="M186 120 L160 168 L164 198" color="cloth-1" width={20} />
      <Limb d="M186 184 L162 226 L150 258" color="accent" width={26} />
      <ellipse cx={146} cy={262} rx={22} ry={11} fill={ill('spread')} />
      {/* front leg */}
      <Limb d="M200 184 L222 226 L238 258" color="accent" width={26} />
      <ellipse cx={248} cy={262} rx={22} ry={11} fill={ill('spread')} />
      {/* body and head */}
      <rect x={168} y={98} width={52} height={100} rx={24} fill={ill('cloth-1')} />
      <rect x={184} y={80} width={20} height={24} fill={ill('skin-3')} />
      <circle cx={196} cy={62} r={32} fill={ill('skin-3')} />
      <path d="M164 60 C160 22 222 18 228 52 C212 40 184 44 176 72 C170 72 166 66 164 60 Z" fill={ill('hair-1')} />
      <circle cx={212} cy={60} r={4} fill={ill('line')} stroke="none" />
      <path d="M208 78 Q216 82 222 76" strokeWidth={4} />
      {/* walking stick and front arm */}
      <Limb d="M268 262 L264 156 Q264 142 250 144" color="grain" width={8} />
      <Limb d="M206 120 L230 162 L252 156" color="cloth-1" width={20} />
      <circle cx={258} cy={156} r={12} fill={ill('skin-3')} />
    </Frame>
  );
}
