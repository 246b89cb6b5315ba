import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { pageById, type PageRef } from '../../../core/content';
import type { TextDirection } from '../../../core/languages';
import { PageBody } from './PageBody';
import { PageHead } from './PageHead';

interface PageHeadings {
  eyebrow: ReactNode;
  title: string;
  /** The same extra controls the real page draws under its words (their size matters). */
  after?: ReactNode;
}

interface PathMeasurerProps {
  pages: readonly PageRef[];
  dir: TextDirection;
  /** What the real screen draws above and below each page's words. */
  headingsFor: (ref: PageRef) => PageHeadings;
  progress: ReactNode;
  onParts: (step: number, parts: number) => void;
}

/**
 * Invisible copies of every page of the path, laid out in exactly the space the
 * real page has, so each page's number of parts is known before the patient gets
 * there and "Step n of m" is right from the first page. Hidden from everyone:
 * `visibility: hidden`, `aria-hidden` and `inert`.
 */
export const PathMeasurer = memo(function PathMeasurer({
  pages,
  dir,
  headingsFor,
  progress,
  onParts,
}: PathMeasurerProps) {
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
});

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
