import { useRef, type PointerEvent } from 'react';
import type { TextDirection } from '../../../core/languages';
import { swipeIntent, type SwipeIntent } from './swipe';

export interface SwipeHandlers {
  onPointerDown: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  onPointerCancel: () => void;
}

/**
 * Turns a horizontal drag (finger, pen or mouse) into next/previous. The
 * element using it should have `touch-action: pan-y`, so the browser keeps
 * vertical scrolling but leaves sideways movement to us.
 */
export function useSwipe(dir: TextDirection, onSwipe: (intent: SwipeIntent) => void): SwipeHandlers {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown: (event) => {
      if (!event.isPrimary) return;
      start.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
    },
    onPointerUp: (event) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const intent = swipeIntent(event.clientX - from.x, event.clientY - from.y, dir);
      if (intent) onSwipe(intent);
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
