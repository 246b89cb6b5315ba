/**
 * Runs work when the main thread is idle (requestIdleCallback), so it never
 * delays a paint or a tap; where the browser has no idle callbacks (happy-dom,
 * older engines) it runs on the next task instead. Returns a cancel.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work);
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(work, 0);
  return () => window.clearTimeout(timer);
}
