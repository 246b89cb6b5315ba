import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { TextDirection } from '../../../core/languages';

/** Matches page.css's column gap: the space that keeps the next part's first letters out of view. */
const COLUMN_GAP_PX = 48;

interface PagedWordsProps {
  /** Which part to show (0-based). */
  part: number;
  dir: TextDirection;
  /** Told how many parts the words need at this size; called again whenever that changes. */
  onParts?: (parts: number) => void;
  children: ReactNode;
}

/**
 * How many screen-sized columns the words fill (the browser lays them out; we count):
 * the column the end marker landed in. Measured against the columns' own box, so the
 * current part's sideways shift does not change the answer.
 */
export function countColumns(columns: HTMLElement, end: HTMLElement, width: number, dir: TextDirection): number {
  if (width <= 0) return 1;
  const box = columns.getBoundingClientRect();
  const marker = end.getBoundingClientRect();
  const along = dir === 'rtl' ? box.right - marker.right : marker.left - box.left;
  return Math.max(1, Math.floor(along / (width + COLUMN_GAP_PX) + 0.01) + 1);
}

/**
 * The page's words laid out in columns exactly as tall as the space they have:
 * one column is one part, and only the current part is in view. Splitting is the
 * browser's own (between lines, never inside a list item or a callout that fits
 * on its own), so it works the same in every script and at every text size.
 */
export function PagedWords({ part, dir, onParts, children }: PagedWordsProps) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return undefined;
    const measure = () => {
      const columns = viewport.firstElementChild;
      const end = columns?.lastElementChild;
      setWidth(viewport.clientWidth);
      if (columns instanceof HTMLElement && end instanceof HTMLElement) {
        onParts?.(countColumns(columns, end, viewport.clientWidth, dir));
      }
    };
    const observer = new ResizeObserver(measure);
    observer.observe(viewport);
    const columns = viewport.firstElementChild;
    if (columns) observer.observe(columns);
    document.fonts?.addEventListener('loadingdone', measure);
    measure();
    return () => {
      observer.disconnect();
      document.fonts?.removeEventListener('loadingdone', measure);
    };
  }, [onParts, dir]);

  const offset = part * (width + COLUMN_GAP_PX) * (dir === 'rtl' ? 1 : -1);
  return (
    <div className="paged-words" ref={viewportRef} data-part={part}>
      <div className="paged-words__columns" style={{ transform: `translateX(${offset}px)` }}>
        {children}
        <span className="paged-words__end" aria-hidden="true" />
      </div>
    </div>
  );
}
