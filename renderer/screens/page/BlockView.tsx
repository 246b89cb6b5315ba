import type { Block } from '../../../core/content';
import { blockTextKey, illustrationAltKey, illustrationCaptionKey, listItemKey } from '../../../core/content';
import type { TextDirection } from '../../../core/languages';
import { useContentText } from '../../i18n/useContentText';
import { Illustration } from '../../illustrations';

interface BlockViewProps {
  pageId: string;
  block: Block;
  dir: TextDirection;
}

/** Draws one content block. The page's first heading is its `<h1>` (drawn by the frame), so headings here are `<h2>`. */
export function BlockView({ pageId, block, dir }: BlockViewProps) {
  const text = useContentText();
  switch (block.type) {
    case 'heading':
      return <h2 className="block-heading">{text(blockTextKey(pageId, block))}</h2>;
    case 'text':
      return <p className="block-text">{text(blockTextKey(pageId, block))}</p>;
    case 'list':
      return (
        <ul className="block-list">
          {block.items.map((item) => (
            <li key={item}>{text(listItemKey(pageId, block, item))}</li>
          ))}
        </ul>
      );
    case 'callout':
      return (
        <div className={`block-callout block-callout--${block.tone}`} role="note">
          {text(blockTextKey(pageId, block))}
        </div>
      );
    case 'keyPoint':
      return (
        <p className="block-key-point">
          <strong>{text(blockTextKey(pageId, block))}</strong>
        </p>
      );
    case 'illustration':
      return (
        <figure className="block-figure">
          <div className="block-figure__picture">
            <Illustration id={block.illustration} title={text(illustrationAltKey(block.illustration))} dir={dir} />
          </div>
          <figcaption className="block-figure__caption">{text(illustrationCaptionKey(block.illustration))}</figcaption>
        </figure>
      );
  }
}
