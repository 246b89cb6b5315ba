import { ill, LINE_WIDTH, type PaletteName } from '../palette';

export type HairStyle = 'short' | 'bun' | 'sides' | 'curly';

export interface PersonProps {
  /** Centre of the head in the 400×300 canvas. */
  x: number;
  y: number;
  scale?: number;
  skin: PaletteName;
  hair: PaletteName;
  hairStyle: HairStyle;
  cloth: PaletteName;
  glasses?: boolean;
}

const CURLS: [number, number][] = [
  [-34, -14],
  [-26, -32],
  [-10, -42],
  [10, -42],
  [26, -32],
  [34, -14],
];

/** A friendly head-and-shoulders figure; body runs off the bottom of the canvas. */
export function Person({ x, y, scale = 1, skin, hair, hairStyle, cloth, glasses = false }: PersonProps) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`} strokeWidth={LINE_WIDTH / scale}>
      <path d="M-74 240 L-74 104 Q-74 60 -30 58 L30 58 Q74 60 74 104 L74 240 Z" fill={ill(cloth)} />
      <path d="M-16 58 L0 82 L16 58" />
      <rect x={-13} y={26} width={26} height={32} fill={ill(skin)} />
      {hairStyle === 'bun' && <circle cx={0} cy={-44} r={15} fill={ill(hair)} />}
      {hairStyle === 'curly' &&
        CURLS.map(([cx, cy]) => <circle key={`${cx},${cy}`} cx={cx} cy={cy} r={14} fill={ill(hair)} />)}
      {hairStyle === 'sides' && (
        <>
          <ellipse cx={-35} cy={-6} rx={9} ry={17} fill={ill(hair)} />
          <ellipse cx={35} cy={-6} rx={9} ry={17} fill={ill(hair)} />
        </>
      )}
      <circle cx={-37} cy={4} r={8} fill={ill(skin)} />
      <circle cx={37} cy={4} r={8} fill={ill(skin)} />
      <circle cx={0} cy={0} r={37} fill={ill(skin)} />
      {(hairStyle === 'short' || hairStyle === 'bun') && (
        <path d="M-37 -2 C-42 -46 42 -46 37 -2 C30 -24 -4 -28 -37 -2 Z" fill={ill(hair)} />
      )}
      <circle cx={-13} cy={0} r={4} fill={ill('line')} stroke="none" />
      <circle cx={13} cy={0} r={4} fill={ill('line')} stroke="none" />
      {glasses && (
        <g strokeWidth={4 / scale}>
          <circle cx={-14} cy={0} r={11} />
          <circle cx={14} cy={0} r={11} />
          <path d="M-3 0 L3 0" />
        </g>
      )}
      <path d="M-12 15 Q0 25 12 15" strokeWidth={4 / scale} />
    </g>
  );
}
