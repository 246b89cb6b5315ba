import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';

/** Foods with B12: a plate with a fish, a fried egg and a chicken leg, and a glass of milk. */
export function B12Foods(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <circle cx={160} cy={158} r={124} fill={ill('plate')} />
      <circle cx={160} cy={158} r={98} strokeWidth={4} />
      {/* fish */}
      <path d="M176 96 L206 70 L206 122 Z" fill={ill('fish')} />
      <ellipse cx={128} cy={96} rx={54} ry={30} fill={ill('fish')} />
      <circle cx={96} cy={90} r={5} fill={ill('line')} stroke="none" />
      <path d="M150 76 Q140 96 150 116" strokeWidth={4} />
      {/* fried egg */}
      <path
        d="M82 168 C70 138 112 126 132 142 C156 132 176 158 160 180 C170 210 126 222 108 204 C84 210 66 190 82 168 Z"
        fill={ill('surface')}
      />
      <circle cx={118} cy={172} r={20} fill={ill('warm')} />
      {/* chicken leg: meat and bone */}
      <g stroke="none">
        <circle cx={246} cy={226} r={15} fill={ill('line')} />
        <circle cx={258} cy={214} r={15} fill={ill('line')} />
        <path d="M212 176 L250 218" stroke={ill('line')} strokeWidth={22} />
        <circle cx={246} cy={226} r={10} fill={ill('surface')} />
        <circle cx={258} cy={214} r={10} fill={ill('surface')} />
        <path d="M212 176 L250 218" stroke={ill('surface')} strokeWidth={12} />
      </g>
      <path
        d="M172 128 C196 112 236 132 232 166 C230 188 214 196 200 190 C184 186 160 152 172 128 Z"
        fill={ill('meat')}
      />
      {/* glass of milk */}
      <path d="M302 86 L372 86 L362 262 L312 262 Z" fill={ill('plate')} />
      <path d="M307 130 L367 130 L362 262 L312 262 Z" fill={ill('surface')} />
    </Frame>
  );
}
