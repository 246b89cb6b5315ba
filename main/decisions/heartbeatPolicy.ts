/**
 * Is the renderer hung? The renderer sends a heartbeat every 10 s from its own
 * main thread; if they stop while the window is showing, its page is stuck (an
 * endless loop, a wedged GPU) and must be reloaded to the start screen.
 */
export interface HeartbeatPolicy {
  /** Silence after a heartbeat longer than this means hung (4½ missed beats: slack for a busy moment). */
  timeoutMs: number;
  /** A page that never sends its first heartbeat after loading (a boot that died) is hung too. */
  firstBeatGraceMs: number;
  /** How often main looks. */
  checkIntervalMs: number;
}

export const DEFAULT_HEARTBEAT_POLICY: HeartbeatPolicy = {
  timeoutMs: 45_000,
  firstBeatGraceMs: 120_000,
  checkIntervalMs: 5_000,
};

export interface HeartbeatWatch {
  /** When this page load (or the last excused pause) began. */
  since: number;
  lastBeatAt: number | null;
}

export type HeartbeatVerdict = { hung: false } | { hung: true; reason: string };

/** A fresh watch, for app start and after every (re)load. */
export function watchFrom(now: number): HeartbeatWatch {
  return { since: now, lastBeatAt: null };
}

export function recordBeat(watch: HeartbeatWatch, now: number): HeartbeatWatch {
  return { ...watch, lastBeatAt: now };
}

/** While the window is hidden or minimised Chromium throttles timers, so silence proves nothing: restart the clock. */
export function excuseSilence(watch: HeartbeatWatch, now: number): HeartbeatWatch {
  return { since: now, lastBeatAt: watch.lastBeatAt === null ? null : now };
}

export function judgeHeartbeat(
  watch: HeartbeatWatch,
  now: number,
  policy: HeartbeatPolicy = DEFAULT_HEARTBEAT_POLICY,
): HeartbeatVerdict {
  if (watch.lastBeatAt === null) {
    const waited = now - watch.since;
    return waited >= policy.firstBeatGraceMs
      ? { hung: true, reason: `no heartbeat ${Math.round(waited / 1000)} s after loading` }
      : { hung: false };
  }
  const silent = now - watch.lastBeatAt;
  return silent >= policy.timeoutMs
    ? { hung: true, reason: `no heartbeat for ${Math.round(silent / 1000)} s` }
    : { hung: false };
}
