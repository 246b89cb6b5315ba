import { Fragment, type ReactNode } from 'react';

const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[ \-./][A-Za-z0-9]+)*/g;

/**
 * Latin terms inside right-to-left text ("B12", "MMA", "NICE NG239") wrapped in
 * <bdi>, so each keeps its own left-to-right order and its neighbouring
 * punctuation and numbers stay where the reader expects them.
 */
export function isolateLatin(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(<bdi key={start}>{match[0]}</bdi>);
    last = start + match[0].length;
  }
  if (parts.length === 0) return text;
  if (last < text.length) parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}

/** Right-to-left text gets its Latin runs isolated; left-to-right text is returned as it is. */
export function bidiText(text: string, dir: 'ltr' | 'rtl'): ReactNode {
  return dir === 'rtl' ? isolateLatin(text) : text;
}
