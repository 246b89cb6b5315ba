import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element's content is taller than the element itself. A keypad
 * user can only scroll what can take focus, so a scrolling region with nothing
 * focusable inside (a long page of words) must be a Tab stop of its own; when
 * everything fits it is not, so nobody tabs to a region that cannot move.
 */
export function useKeyboardScrollable(ref: RefObject<HTMLElement | null>): boolean {
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrollable(element.scrollHeight > element.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // The content changes size (new page, text size, language) while the region does not.
    for (const child of element.children) observer.observe(child);
    // No measure() here: the observer reports every observed box once after the next layout,
    // and measuring now would force a layout inside the tap's commit.
    return () => observer.disconnect();
  }, [ref]);
  return scrollable;
}
