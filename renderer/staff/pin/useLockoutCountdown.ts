import { useEffect, useState } from 'react';

/** Milliseconds left of a lock-out, ticking each second; 0 once it has passed (or there is none). */
export function useLockoutCountdown(lockedUntil: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (lockedUntil === null) return;
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [lockedUntil]);
  return lockedUntil === null ? 0 : Math.max(0, lockedUntil - now);
}

/** 95 000 ms → "1:35" (rounded up, so the last second still shows "0:01"). */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
