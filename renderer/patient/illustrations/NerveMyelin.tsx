import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { NerveFibre } from './parts/Nerve';

/**
 * A nerve cell whose long fibre is wrapped in its protective coat (myelin),
 * with a close-up of the fibre cut across: the coat in rings around the core.
 */
export function NerveMyelin(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <NerveFibre y={108} />
      <path d="M295 136 L295 164" strokeWidth={4} strokeDasharray="2 10" />
      <circle cx={295} cy={226} r={60} fill={ill('plate')} />
      <circle cx={295} cy={226} r={46} fill={ill('warm')} />
      <circle cx={295} cy={226} r={34} strokeWidth={4} />
      <circle cx={295} cy={226} r={19} fill={ill('nerve')} />
    </Frame>
  );
}
