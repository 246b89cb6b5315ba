import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Bubble, QuestionMark } from './parts/Bubble';

const ROWS = [112, 166, 220];

/** A list of questions to ask, each ticked, on a clipboard, with a question bubble beside it. */
export function QuestionList(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <rect x={40} y={40} width={220} height={246} rx={16} fill={ill('spread')} />
      <rect x={58} y={66} width={184} height={204} rx={6} fill={ill('surface')} />
      <rect x={110} y={28} width={80} height={34} rx={10} fill={ill('plate')} />
      {ROWS.map((y) => (
        <g key={y}>
          <rect x={76} y={y - 17} width={34} height={34} rx={6} strokeWidth={4} />
          <path d={`M83 ${y} L91 ${y + 8} L104 ${y - 8}`} stroke={ill('positive')} strokeWidth={6} />
          <path
            d={`M126 ${y - 6} L222 ${y - 6} M126 ${y + 10} L196 ${y + 10}`}
            stroke={ill('ink-soft')}
            strokeWidth={6}
          />
        </g>
      ))}
      <Bubble x={274} y={46} w={104} h={96} tailX={300} tailDx={-20} />
      <QuestionMark x={326} y={92} />
    </Frame>
  );
}
