import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { pageById, type PageRef } from '../../../core/content';
import type { TextDirection } from '../../../core/languages';
import { PageBody } from './PageBody';
import { PageHead } from './PageHead';

interface PageHeadings {
  eyebrow: ReactNode;
  title: string;
  /** The same extra controls the real page draws beside its words (their size matters). */
  after?: ReactNode;
}

interface PathMeasurerProps {
  pages: readonly PageRef[];
  dir: TextDirection;
  /** What the real screen draws around each page's words. */
  headingsFor: (ref: PageRef) => PageHeadings;
  progress: ReactNode;
  onParts: (step: number, parts: number) => void;
}

/**
 * Counts every page's parts before the patient gets there, so "Step n of m" is
 * right from the first page. Invisible copies of the path's pages are laid out in
 * exactly the space the real page has, counted, and removed again before the
 * browser paints (layout effects), so they never reach the screen, assistive
 * technology or a test. They come back for a moment whenever that space or the
 * fonts change.
 */
export const PathMeasurer = memo(function PathMeasurer(props: PathMeasurerProps) {
  const anchor = useRef<HTMLSpanElement>(null);
  const [generation, setGeneration] = useState(0);
  const [measured, setMeasured] = useState(-1);

  useEffect(() => {
    const space = anchor.current?.parentElement;
    if (!space) return undefined;
    const again = () => setGeneration((g) => g + 1);
    let first = true;
    const observer = new ResizeObserver(() => {
      // The first report is the size it was measured at.
      if (first) first = false;
      else again();
    });
    observer.observe(space);
    document.fonts?.addEventListener('loadingdone', again);
    return () => {
      observer.disconnect();
      document.fonts?.removeEventListener('loadingdone', again);
    };
  }, []);

  // Runs after every copy has counted itself (children's layout effects run first).
  useLayoutEffect(() => {
    // Deliberate: the second render removes the copies in the same frame, before the browser paints them.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (measured !== generation) setMeasured(generation);
  }, [measured, generation]);

  return (
    <>
      <span ref={anchor} hidden />
      {measured === generation ? null : <Copies {...props} />}
    </>
  );
});

function Copies({ pages, dir, headingsFor, progress, onParts }: PathMeasurerProps) {
  return (
    <div className="path-measurer" aria-hidden="true" inert>
      {pages.map((ref, step) => (
        <MeasuredPage
          key={ref.pageId}
          pageRef={ref}
          step={step}
          dir={dir}
          headings={headingsFor(ref)}
          progress={progress}
          onParts={onParts}
        />
      ))}
    </div>
  );
}

function MeasuredPage(props: {
  pageRef: PageRef;
  step: number;
  dir: TextDirection;
  headings: PageHeadings;
  progress: ReactNode;
  onParts: (step: number, parts: number) => void;
}) {
  const { pageRef, step, onParts } = props;
  const page = useMemo(() => pageById(pageRef.pageId), [pageRef.pageId]);
  const report = useCallback((parts: number) => onParts(step, parts), [onParts, step]);
  if (!page) return null;
  return (
    <div className="path-measurer__page patient-frame__content">
      <div className="patient-frame__eyebrow">
        <PageHead where={props.headings.eyebrow} progress={props.progress} />
      </div>
      <h1 className="screen-title">{props.headings.title}</h1>
      <PageBody page={page} part={0} dir={props.dir} onParts={report} after={props.headings.after} measuring />
    </div>
  );
}
