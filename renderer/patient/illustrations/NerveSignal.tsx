import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { NerveFibre, NODE_XS } from './parts/Nerve';

/** A message travelling along a coated nerve: blue hops from gap to gap, out to the nerve endings. */
export function NerveSignal(props: IllustrationProps) {
  const hops = NODE_XS.slice(1).map((to, i) => {
    const from = NODE_XS[i] ?? to;
    return `M${from} 150 Q${(from + to) / 2} 84 ${to} 150`;
  });
  return (
    <Frame {...props}>
      <NerveFibre y={170} />
      <g stroke={ill('accent')} strokeWidth={7}>
        {hops.map((d) => (
          <path key={d} d={d} />
        ))}
        <path d="M301 137 L320 150 L324 127" />
        <path d="M358 110 L352 100 M376 106 L378 94 M388 120 L396 116" strokeWidth={6} />
      </g>
    </Frame>
  );
}
