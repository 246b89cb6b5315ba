/**
 * What "the page" is when read aloud: the visible blocks of the screen's
 * `<main>`, in document order, each read (and highlighted) on its own.
 * Reading from the DOM means the kiosk reads exactly what the patient sees,
 * in the language on screen, with no second copy of the text to drift.
 */
const BLOCK_SELECTOR = [
  '.patient-frame__eyebrow',
  'h1',
  'h2',
  'h3',
  'p',
  'li',
  '[role="note"]',
  'figcaption',
  '[role="group"] button',
  '[data-read-aloud]',
].join(', ');

/** Elements a patient cannot see, and controls that are not content, are never read. */
function isReadable(element: HTMLElement): boolean {
  if (element.closest('[aria-hidden="true"], .visually-hidden, [data-read-aloud="skip"], dialog')) return false;
  if (element.innerText.trim() === '') return false;
  return element.getClientRects().length > 0;
}

export interface ReadableBlock {
  element: HTMLElement;
  text: string;
}

export function readableBlocks(root: ParentNode = document): ReadableBlock[] {
  const main = root.querySelector('main');
  if (!main) return [];
  const candidates = [...main.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)].filter(isReadable);
  // A list item holding a paragraph is one block, read once.
  const outermost = candidates.filter(
    (element) => !candidates.some((other) => other !== element && other.contains(element)),
  );
  return outermost.map((element) => ({ element, text: element.innerText.replace(/\s+/g, ' ').trim() }));
}
