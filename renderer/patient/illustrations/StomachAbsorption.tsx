import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { Limb } from './parts/shapes';

const B12_DOTS: [number, number][] = [
  [158, 52],
  [150, 118],
  [178, 150],
  [142, 162],
  [292, 152],
  [266, 196],
  [318, 206],
  [84, 274],
  [164, 274],
  [244, 274],
  [324, 274],
];

/**
 * How B12 gets in: food goes down into the stomach, on into the gut, and the
 * amber B12 dots pass from the gut into the blood (the tube along the bottom).
 * Not mirrored for right-to-left languages: it follows the body's layout.
 */
export function StomachAbsorption(props: IllustrationProps) {
  return (
    <Frame {...props}>
      {/* drawn as seen from the front, so the stomach sits on the viewer's right */}
      <g transform="matrix(-1 0 0 1 400 0)">
        <Limb d="M40 274 L360 274" color="cloth-2" width={24} />
        <Limb d="M160 10 L160 70" color="nerve" width={26} />
        <Limb
          d="M230 146 C270 124 334 126 330 160 C326 190 254 170 256 196 C258 218 324 216 356 192"
          color="nerve"
          width={28}
        />
        <path
          d="M146 60 C110 64 94 110 102 148 C112 196 172 214 216 194 C248 180 254 146 236 128 C222 114 204 124 190 116 C174 106 178 82 174 62 Z"
          fill={ill('nerve')}
        />
        {B12_DOTS.map(([x, y]) => (
          <circle key={`${x},${y}`} cx={x} cy={y} r={9} fill={ill('warm')} strokeWidth={4} />
        ))}
        <g stroke={ill('accent')} strokeWidth={6}>
          <path d="M284 232 L284 254 M274 244 L284 254 L294 244" />
          <path d="M332 226 L332 254 M322 244 L332 254 L342 244" />
        </g>
      </g>
    </Frame>
  );
}
