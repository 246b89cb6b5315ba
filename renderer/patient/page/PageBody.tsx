import type { ReactNode } from 'react';
import type { Block, Page } from '../../../core/content';
import type { TextDirection } from '../../../core/languages';
import type { SwipeHandlers } from '../journey/useSwipe';
import { BlockView } from './BlockView';
import { PagedWords } from './PagedWords';

interface PageBodyProps {
  page: Page;
  part: number;
  dir: TextDirection;
  onParts?: (parts: number) => void;
  /** Drawn under the picture, on every part (e.g. "Learn more"). */
  after?: ReactNode;
  /** A hidden copy used only to count parts: the picture's box without its drawing. */
  measuring?: boolean;
  swipe?: SwipeHandlers;
}

type WordBlock = Exclude<Block, { type: 'illustration' }>;

/** A page's words (in parts, when they do not fit) beside or above its one picture. */
export function PageBody({ page, part, dir, onParts, after, measuring = false, swipe }: PageBodyProps) {
  const headingBlock = page.blocks.find((block) => block.type === 'heading');
  const words = page.blocks.filter(
    (block): block is WordBlock => block.type !== 'illustration' && block !== headingBlock,
  );
  const pictures = page.blocks.filter((block) => block.type === 'illustration');
  return (
    <article className="page-body" data-page-id={page.id} data-tier={page.tier} {...swipe}>
      <div className="page-body__words">
        <PagedWords part={part} dir={dir} onParts={onParts}>
          {words.map((block) => (
            <BlockView key={block.id} pageId={page.id} block={block} dir={dir} />
          ))}
        </PagedWords>
      </div>
      <div className="page-body__aside">
        {pictures.map((block) => (
          <BlockView key={block.illustration} pageId={page.id} block={block} dir={dir} placeholder={measuring} />
        ))}
        {after}
      </div>
    </article>
  );
}
