/**
 * Browser behaviours a kiosk must not have: the long-press / right-click menu,
 * pinch and Ctrl+wheel zoom, dragging images out, and file drops that navigate.
 * CSS does the rest (see platform/styles/global.css).
 */
export function installTouchHardening(target: Window): void {
  const block = (event: Event) => event.preventDefault();
  target.addEventListener('contextmenu', block);
  target.addEventListener('dragstart', block);
  target.addEventListener('drop', block);
  target.addEventListener('dragover', block);
  target.addEventListener('gesturestart', block);
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
  target.addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length > 1) event.preventDefault();
    },
    { passive: false },
  );
}
