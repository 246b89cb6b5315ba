import { useId, type ReactNode } from 'react';
import { ill, LINE_WIDTH } from '../palette';

/** Props every illustration takes. `title` is the translated text alternative. */
export interface IllustrationProps {
  title: string;
  /** Flip the drawing left–right; the title is unaffected. Meant for the ids in `mirrorInRtl` (via `<Illustration dir>`): others hold ticks and question marks that would read backwards. */
  mirrored?: boolean;
}

/**
 * The shared 400×300 canvas: background, accessible name, and default paint
 * (outlined in the line colour, no fill unless a shape sets one).
 */
export function Frame({ title, mirrored = false, children }: IllustrationProps & { children: ReactNode }) {
  const titleId = `${useId()}-title`;
  return (
    <svg
      viewBox="0 0 400 300"
      width="100%"
      height="100%"
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-labelledby={titleId}
      focusable="false"
    >
      <title id={titleId}>{title}</title>
      <rect x={0} y={0} width={400} height={300} rx={24} fill={ill('bg')} stroke="none" />
      <g
        transform={mirrored ? 'matrix(-1 0 0 1 400 0)' : undefined}
        fill="none"
        stroke={ill('line')}
        strokeWidth={LINE_WIDTH}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {children}
      </g>
    </svg>
  );
}
