/**
 * A token bucket: `burst` lines at once, then `perSecond` on average. The renderer's log lines
 * pass through it, so a page throwing in a loop costs a few lines a second, not the disk.
 * Dropped lines are counted and reported once the bucket refills.
 */
export function createRateLimit(options: { burst: number; perSecond: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  let tokens = options.burst;
  let refilledAt = now();
  let dropped = 0;
  return {
    /** True when this line may be logged; `droppedBefore` counts lines refused since the last one let through. */
    take(): { allowed: boolean; droppedBefore: number } {
      const time = now();
      tokens = Math.min(options.burst, tokens + ((time - refilledAt) / 1000) * options.perSecond);
      refilledAt = time;
      if (tokens < 1) {
        dropped += 1;
        return { allowed: false, droppedBefore: 0 };
      }
      tokens -= 1;
      const droppedBefore = dropped;
      dropped = 0;
      return { allowed: true, droppedBefore };
    },
  };
}
