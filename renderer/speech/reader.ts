/**
 * One way of reading a screen aloud (a synthetic voice over its blocks, or a
 * clinic's recording). The narrator owns the status and the idle hold; a
 * reader only makes sound and says when it is done or has failed.
 */
export interface Reader {
  start(): void;
  /** Silences, keeping the place: resume carries on from the word (or second) it stopped at. */
  pause(): void;
  resume(): void;
  /** Goes back to the start of the current block (a recording: a few seconds back) and plays on. */
  repeatPart(): void;
  /** Volume or speed changed: applied at once, from where the reading is. */
  settingsChanged(): void;
  stop(): void;
}

export interface ReaderHooks {
  /** Something was heard: counts as the patient still being here. */
  onActivity(): void;
  onFinished(): void;
  onFailed(): void;
}

const HIGHLIGHT = 'read-aloud-current';

/** Marks the block being read (a dashed band, styled in listen.css); null clears it. */
export function highlight(element: HTMLElement | null): void {
  for (const old of document.querySelectorAll(`.${HIGHLIGHT}`)) old.classList.remove(HIGHLIGHT);
  if (!element) return;
  element.classList.add(HIGHLIGHT);
  element.scrollIntoView({ block: 'nearest' });
}
