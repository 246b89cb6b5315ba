import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { CalendarPage } from './parts/Calendar';
import { Handset, Limb, Phone } from './parts/shapes';

const RAYS = [0, 45, 90, 135, 180, 225, 270, 315];

/** Call today: a phone ringing out, and today's calendar page, showing a sun. */
export function SameDay(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <Phone x={44} y={58} w={104} h={196}>
        <Handset x={96} y={146} />
      </Phone>
      <g stroke={ill('accent')} strokeWidth={6}>
        <path d="M166 110 Q180 126 166 142 M180 96 Q206 126 180 156" />
      </g>
      <CalendarPage x={214} y={62} w={164} h={196}>
        {RAYS.map((a) => (
          <g key={a} transform={`rotate(${a} 296 182)`}>
            <Limb d="M296 130 L296 140" color="warm" width={8} />
          </g>
        ))}
        <circle cx={296} cy={182} r={30} fill={ill('warm')} />
      </CalendarPage>
    </Frame>
  );
}
