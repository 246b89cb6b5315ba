import { useEffect, useRef } from 'react';
import {
  confirmTapped,
  holdCancelled,
  holdEnded,
  holdStarted,
  holdTick,
  HOLD_MS,
  IDLE_GESTURE,
  type GestureState,
} from './entryGesture';
import { isStaffShortcut, openStaffPin } from './openStaffPin';
import './staffEntry.css';

/**
 * Two ways into staff mode, on every screen: Ctrl+Alt+S, and the corner gesture
 * (hold top-left 3 s, then tap bottom-right). The corners are invisible, empty
 * and out of the tab order, so patients and screen readers never meet them.
 */
export function StaffEntryLayer() {
  const gesture = useRef<GestureState>(IDLE_GESTURE);
  const holdTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isStaffShortcut(event)) return;
      event.preventDefault();
      openStaffPin();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.clearTimeout(holdTimer.current);
    };
  }, []);

  const startHold = () => {
    gesture.current = holdStarted(gesture.current, Date.now());
    window.clearTimeout(holdTimer.current);
    holdTimer.current = window.setTimeout(() => (gesture.current = holdTick(gesture.current, Date.now())), HOLD_MS);
  };
  const endHold = (cancelled: boolean) => {
    window.clearTimeout(holdTimer.current);
    gesture.current = cancelled ? holdCancelled(gesture.current, Date.now()) : holdEnded(gesture.current, Date.now());
  };
  const confirm = () => {
    const result = confirmTapped(gesture.current, Date.now());
    gesture.current = result.state;
    if (result.open) openStaffPin();
  };

  return (
    <div className="staff-entry">
      <div
        role="none"
        className="staff-entry__corner staff-entry__corner--hold"
        onPointerDown={startHold}
        onPointerUp={() => endHold(false)}
        onPointerLeave={() => endHold(true)}
        onPointerCancel={() => endHold(true)}
      />
      <div role="none" className="staff-entry__corner staff-entry__corner--confirm" onPointerUp={confirm} />
    </div>
  );
}
