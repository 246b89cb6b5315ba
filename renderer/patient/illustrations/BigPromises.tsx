import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { QuestionMark } from './parts/Bubble';
import { Magnifier } from './parts/shapes';

/** A burst of spikes: `points` outer tips on radius r, inner corners on r * 0.72. */
function burst(cx: number, cy: number, r: number, points: number): string {
  const corners = Array.from({ length: points * 2 }, (_, i) => {
    const a = (Math.PI * i) / points;
    const d = i % 2 === 0 ? r : r * 0.72;
    return `${(cx + d * Math.sin(a)).toFixed(1)} ${(cy - d * Math.cos(a)).toFixed(1)}`;
  });
  return `M${corners.join(' L')} Z`;
}

/** An advert that shouts (a pill bottle on a starburst, exclamation marks) looked at closely, with a question mark. */
export function BigPromises(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <rect x={28} y={30} width={200} height={240} rx={12} fill={ill('surface')} />
      <path d={burst(128, 142, 88, 12)} fill={ill('warm')} />
      {/* pill bottle */}
      <rect x={98} y={122} width={60} height={78} rx={10} fill={ill('accent')} />
      <rect x={92} y={98} width={72} height={28} rx={6} fill={ill('surface')} />
      <rect x={108} y={142} width={40} height={40} rx={5} fill={ill('surface')} />
      {/* exclamation marks */}
      {[52, 204].map((x) => (
        <g key={x}>
          <path d={`M${x} 48 L${x} 76`} stroke={ill('accent')} strokeWidth={9} />
          <circle cx={x} cy={92} r={6} fill={ill('accent')} stroke="none" />
        </g>
      ))}
      <path d="M56 240 L200 240 M56 256 L160 256" stroke={ill('ink-soft')} strokeWidth={6} />
      {/* a closer look */}
      <circle cx={286} cy={148} r={56} fill={ill('plate')} stroke="none" />
      <Magnifier x={286} y={148} r={56} />
      <QuestionMark x={286} y={144} />
    </Frame>
  );
}
