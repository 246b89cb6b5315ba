import { ill } from './palette';
import { Frame, type IllustrationProps } from './parts/Frame';
import { FootSole, Magnifier } from './parts/shapes';

/** Checking your feet: a bare sole looked over with a magnifier, next to a shoe to check inside too. */
export function FootCheck(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <FootSole x={130} y={166} skin="skin-1" />
      <Magnifier x={150} y={172} r={50} />
      <path d="M262 186 L262 250 L386 250 C392 226 370 212 340 206 L306 186 Z" fill={ill('spread')} />
      <path d="M256 250 L390 250 L390 266 L256 266 Z" fill={ill('grain')} />
      <path d="M272 192 L300 192 L322 208" stroke={ill('surface')} strokeWidth={6} />
    </Frame>
  );
}
