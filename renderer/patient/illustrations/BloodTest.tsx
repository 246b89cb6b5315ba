import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Limb } from './parts/shapes';

/** A calm blood test: a forearm resting on a cushion with a small round plaster, and two capped sample tubes in a rack. */
export function BloodTest(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <rect x={60} y={196} width={190} height={50} rx={24} fill={ill('plate')} />
      <Limb d="M40 174 L226 170" color="skin-2" width={52} />
      <path d="M236 150 C236 126 260 122 270 140 L262 152 Z" fill={ill('skin-2')} />
      {/* left open so no seam shows where the hand meets the arm */}
      <path
        d="M218 141.5 C244 138 262 142 278 150 C292 156 292 182 278 186 C260 192 242 198.5 218 198.5"
        fill={ill('skin-2')}
      />
      <path d="M252 164 L276 165 M252 178 L274 178" strokeWidth={4} />
      <path d="M-10 130 L58 134 L64 216 L-10 220 Z" fill={ill('cloth-1')} />
      <circle cx={130} cy={170} r={19} fill={ill('surface')} />
      <circle cx={124} cy={166} r={2.5} fill={ill('line')} stroke="none" />
      <circle cx={136} cy={166} r={2.5} fill={ill('line')} stroke="none" />
      <circle cx={130} cy={176} r={2.5} fill={ill('line')} stroke="none" />
      {/* tubes in a rack */}
      {[322, 362].map((x) => (
        <g key={x}>
          <rect x={x - 14} y={92} width={28} height={150} rx={14} fill={ill('surface')} />
          <path d={`M${x - 14} 180 L${x + 14} 180 L${x + 14} 228 A14 14 0 0 1 ${x - 14} 228 Z`} fill={ill('cloth-2')} />
          <rect x={x - 18} y={70} width={36} height={30} rx={6} fill={ill('accent')} />
        </g>
      ))}
      <rect x={296} y={196} width={94} height={26} rx={6} fill={ill('grain')} />
      <path d="M306 222 L306 268 M380 222 L380 268" strokeWidth={8} />
      <path d="M292 270 L394 270" />
    </Frame>
  );
}
