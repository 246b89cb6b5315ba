import type { Block } from '../../../core/content';
import { blockTextKey, illustrationAltKey, illustrationCaptionKey, listItemKey } from '../../../core/content';
import type { TextDirection } from '../../../core/languages';
import { bidiText } from '../../platform/i18n/isolateLatin';
import { useContentText } from '../../platform/i18n/useContentText';
import { Illustration } from '../illustrations';

interface BlockViewProps {
  pageId: string;
  block: Block;
  dir: TextDirection;
  /** Draw a picture's box and caption only (for hidden measuring copies). */
  placeholder?: boolean;
}

/** Draws one content block. The page's first heading is its `<h1>` (drawn by the frame), so headings here are `<h2>`. */
export function BlockView({ pageId, block, dir, placeholder = false }: BlockViewProps) {
  const text = useContentText();
  switch (block.type) {
    case 'heading':
      return <h2 className="block-heading">{bidiText(text(blockTextKey(pageId, block)), dir)}</h2>;
    case 'text':
      return <p className="block-text">{bidiText(text(blockTextKey(pageId, block)), dir)}</p>;
    case 'list':
      return (
        <ul className="block-list">
          {block.items.map((item) => (
            <li key={item}>{bidiText(text(listItemKey(pageId, block, item)), dir)}</li>
          ))}
        </ul>
      );
    case 'callout':
      return (
        <div className={`block-callout block-callout--${block.tone}`} role="note">
          {bidiText(text(blockTextKey(pageId, block)), dir)}
        </div>
      );
    case 'keyPoint':
      return (
        <p className="block-key-point">
          <strong>{bidiText(text(blockTextKey(pageId, block)), dir)}</strong>
        </p>
      );
    case 'illustration':
      return (
        <figure className="block-figure">
          <div className="block-figure__picture">
            {placeholder ? null : (
              <Illustration id={block.illustration} title={text(illustrationAltKey(block.illustration))} dir={dir} />
            )}
          </div>
          <figcaption className="block-figure__caption">{text(illustrationCaptionKey(block.illustration))}</figcaption>
        </figure>
      );
  }
}
