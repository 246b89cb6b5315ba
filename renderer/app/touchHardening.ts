/**
 * Browser behaviours a kiosk must not have: the long-press / right-click menu,
 * pinch and Ctrl+wheel zoom, dragging images out, and file drops that navigate.
 * CSS does the rest (see platform/styles/global.css). Returns a remover.
 */
export function installTouchHardening(target: Window): () => void {
  const block = (event: Event) => event.preventDefault();
  const blockCtrlWheel = (event: WheelEvent) => {
    if (event.ctrlKey) event.preventDefault();
  };
  const blockPinch = (event: TouchEvent) => {
    if (event.touches.length > 1) event.preventDefault();
  };
  const blocked = ['contextmenu', 'dragstart', 'drop', 'dragover', 'gesturestart'] as const;
  for (const type of blocked) target.addEventListener(type, block);
  target.addEventListener('wheel', blockCtrlWheel, { passive: false });
  target.addEventListener('touchmove', blockPinch, { passive: false });
  return () => {
    for (const type of blocked) target.removeEventListener(type, block);
    target.removeEventListener('wheel', blockCtrlWheel);
    target.removeEventListener('touchmove', blockPinch);
  };
}
