import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { NoSign } from './parts/shapes';

/**
 * Laughing gas is something to stop: a small metal gas canister and a balloon
 * inside a red "no" ring. The bar runs between them so both stay in full view.
 */
export function LaughingGas(props: IllustrationProps) {
  return (
    <Frame {...props}>
      {/* canister: a small metal cylinder, domed at both ends, with a short nozzle */}
      <g transform="rotate(-35 146 196)">
        <rect x={139} y={114} width={14} height={20} rx={4} fill={ill('hair-2')} />
        <rect x={124} y={128} width={44} height={140} rx={22} fill={ill('hair-2')} />
        <path d="M136 150 L136 244" stroke={ill('surface')} strokeWidth={7} />
      </g>
      {/* balloon on a string */}
      <path d="M252 172 Q244 196 262 212 Q278 228 266 250" strokeWidth={4} />
      <path d="M244 172 L260 172 L252 160 Z" fill={ill('cloth-1')} />
      <ellipse cx={252} cy={110} rx={46} ry={54} fill={ill('cloth-1')} />
      <path d="M230 84 Q238 72 250 70" stroke={ill('surface')} strokeWidth={7} />
      <NoSign x={200} y={150} r={124} />
    </Frame>
  );
}
