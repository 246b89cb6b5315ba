import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Less than this left below counts as the end (sub-pixel rounding, a focus ring's overhang). */
const END_SLACK_PX = 4;
/** One press of "More below" moves this share of the visible height, so a line of context stays in view. */
const SCROLL_SHARE = 0.8;

function hasMoreBelow(element: HTMLElement): boolean {
  return element.scrollTop + element.clientHeight < element.scrollHeight - END_SLACK_PX;
}

/**
 * Whether a scrolling region still hides words below its bottom edge, and a way to
 * show the next part. Follows scrolling, resizing and content changes (a new page,
 * a bigger text size, a font that finished loading).
 */
export function useMoreBelow(ref: RefObject<HTMLElement | null>): { moreBelow: boolean; showMore: () => void } {
  const [moreBelow, setMoreBelow] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = () => setMoreBelow(hasMoreBelow(element));
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    const mutations = new MutationObserver(() => {
      for (const child of element.children) observer.observe(child);
      update();
    });
    mutations.observe(element, { childList: true, subtree: true, characterData: true });
    element.addEventListener('scroll', update, { passive: true });
    void document.fonts?.ready.then(update);
    update();
    return () => {
      observer.disconnect();
      mutations.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, [ref]);

  const showMore = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollBy({ top: element.clientHeight * SCROLL_SHARE, behavior: smooth ? 'smooth' : 'auto' });
  }, [ref]);

  return { moreBelow, showMore };
}
