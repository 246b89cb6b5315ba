/**
 * The few icons the patient frame uses. Decorative (the button text names the
 * action), so hidden from assistive technology. Arrows carry the class
 * `icon--directional` and are mirrored in right-to-left layouts by CSS.
 */
const common = {
  viewBox: '0 0 24 24',
  width: '1.2em',
  height: '1.2em',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export function HomeIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M3 11.5 12 4l9 7.5" />
      <path d="M5.5 10v10h13V10" />
      <path d="M10 20v-5h4v5" />
    </svg>
  );
}

/** Points towards the reading start: left in left-to-right languages. */
export function BackIcon() {
  return (
    <svg {...common} className="icon icon--directional">
      <path d="M20 12H5" />
      <path d="m11 5-7 7 7 7" />
    </svg>
  );
}

/** Points in the reading direction: right in left-to-right languages. */
export function NextIcon() {
  return (
    <svg {...common} className="icon icon--directional">
      <path d="M4 12h15" />
      <path d="m13 5 7 7-7 7" />
    </svg>
  );
}

export function TickIcon() {
  return (
    <svg {...common} className="icon">
      <path d="m4 12.5 5 5L20 6.5" />
    </svg>
  );
}

/** A chosen answer that was not right: a cross, never a tick. */
export function CrossIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M6 6l12 12" />
      <path d="M18 6 6 18" />
    </svg>
  );
}

/** "Need help now?": a warning triangle. */
export function AlertIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M12 3.5 2.5 20h19z" />
      <path d="M12 10v4.5" />
      <path d="M12 17.5v.01" />
    </svg>
  );
}

/** "I've been called": the patient's list. */
export function ListIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M9 6h11M9 12h11M9 18h11" />
      <path d="M4 6h.01M4 12h.01M4 18h.01" />
    </svg>
  );
}

/** "More below": points down in every language. */
export function DownIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M12 4v15" />
      <path d="m5 13 7 7 7-7" />
    </svg>
  );
}
