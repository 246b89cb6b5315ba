import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { FootSole, Tingle } from './parts/shapes';

const FINGERS: [number, number, number][] = [
  // x, top, height
  [78, 74, 96],
  [103, 58, 112],
  [128, 64, 106],
  [153, 88, 82],
];

/** An open hand and the sole of a foot, with blue zig-zags at the fingertips and toes (pins and needles). */
export function HandsFeetTingling(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <rect x={46} y={142} width={28} height={84} rx={14} fill={ill('skin-2')} transform="rotate(-35 60 184)" />
      {FINGERS.map(([x, top, h]) => (
        <rect key={x} x={x} y={top} width={25} height={h} rx={12.5} fill={ill('skin-2')} />
      ))}
      <path d="M74 150 L180 150 L180 218 C180 262 74 262 74 218 Z" fill={ill('skin-2')} />
      <path d="M104 280 L104 252 M150 280 L150 252" />
      <Tingle x={90} y={50} angle={-20} />
      <Tingle x={118} y={36} />
      <Tingle x={146} y={42} angle={15} />
      <Tingle x={178} y={70} angle={35} />
      <Tingle x={26} y={132} angle={-50} />

      <FootSole x={300} y={172} skin="skin-3" />
      <Tingle x={262} y={72} angle={-25} />
      <Tingle x={298} y={60} />
      <Tingle x={332} y={66} angle={20} />
      <Tingle x={364} y={96} angle={45} />
    </Frame>
  );
}
