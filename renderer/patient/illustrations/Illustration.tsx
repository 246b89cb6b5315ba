import type { IllustrationId } from '../../../core/illustrationIds';
import { ILLUSTRATIONS, mirrorInRtl } from './registry';

export interface IllustrationByIdProps {
  id: IllustrationId;
  /** The translated text alternative (the content's `illustrations.<id>.alt`). */
  title: string;
  /** The page's writing direction; pictures listed in `mirrorInRtl` flip when it is 'rtl'. */
  dir?: 'ltr' | 'rtl';
}

/** Draws the illustration for a content id, mirrored for right-to-left languages where that reads better. */
export function Illustration({ id, title, dir = 'ltr' }: IllustrationByIdProps) {
  const Picture = ILLUSTRATIONS[id];
  return <Picture title={title} mirrored={dir === 'rtl' && mirrorInRtl[id]} />;
}
