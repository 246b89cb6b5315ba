import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Person } from './parts/Person';
import { Bubble, QuestionMark } from './parts/Bubble';

/** A patient asking a question and a clinician (white coat, stethoscope) answering. */
export function ClinicianTalk(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <Person x={104} y={168} scale={0.9} skin="skin-3" hair="hair-1" hairStyle="curly" cloth="cloth-2" glasses />
      <Person x={296} y={168} scale={0.9} skin="skin-1" hair="hair-2" hairStyle="bun" cloth="surface" />
      <path d="M296 226 L296 300 M270 232 L284 300 M322 232 L308 300" strokeWidth={4} />
      <path
        d="M270 226 C264 262 276 276 292 272 M322 226 C328 262 316 276 300 272"
        stroke={ill('accent')}
        strokeWidth={6}
      />
      <circle cx={296} cy={276} r={8} fill={ill('accent')} strokeWidth={4} />
      <Bubble x={30} y={18} w={110} h={68} tailX={92} tailDx={6} />
      <QuestionMark x={85} y={50} />
      <Bubble x={226} y={18} w={150} h={68} tailX={300} tailDx={-6} />
      <path d="M250 44 L350 44 M250 64 L318 64" stroke={ill('ink-soft')} strokeWidth={6} />
    </Frame>
  );
}
