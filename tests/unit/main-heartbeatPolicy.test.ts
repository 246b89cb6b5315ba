import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEARTBEAT_POLICY,
  excuseSilence,
  judgeHeartbeat,
  recordBeat,
  watchFrom,
} from '../../main/decisions/heartbeatPolicy';

describe('heartbeat policy', () => {
  it('is alive while heartbeats keep coming every 10 s', () => {
    let watch = watchFrom(0);
    for (let t = 1_000; t < 600_000; t += 10_000) {
      watch = recordBeat(watch, t);
      expect(judgeHeartbeat(watch, t + 9_999)).toEqual({ hung: false });
    }
  });

  it('calls the renderer hung after 45 s without a heartbeat', () => {
    const watch = recordBeat(watchFrom(0), 5_000);
    expect(judgeHeartbeat(watch, 5_000 + 44_999).hung).toBe(false);
    expect(judgeHeartbeat(watch, 5_000 + 45_000)).toEqual({ hung: true, reason: 'no heartbeat for 45 s' });
  });

  it('gives a freshly loaded page a grace period for its first heartbeat, then calls it hung', () => {
    const watch = watchFrom(1_000);
    expect(judgeHeartbeat(watch, 1_000 + 119_999).hung).toBe(false);
    expect(judgeHeartbeat(watch, 1_000 + DEFAULT_HEARTBEAT_POLICY.firstBeatGraceMs)).toEqual({
      hung: true,
      reason: 'no heartbeat 120 s after loading',
    });
  });

  it('excuses silence while the window is hidden (timers are throttled), counting afresh from when it shows', () => {
    let watch = recordBeat(watchFrom(0), 1_000);
    watch = excuseSilence(watch, 300_000);
    expect(judgeHeartbeat(watch, 300_000 + 44_000).hung).toBe(false);
    expect(judgeHeartbeat(watch, 300_000 + 45_000).hung).toBe(true);
  });

  it('a reload starts a new watch with the first-beat grace again', () => {
    const stale = recordBeat(watchFrom(0), 1_000);
    expect(judgeHeartbeat(stale, 60_000).hung).toBe(true);
    expect(judgeHeartbeat(watchFrom(60_000), 60_000 + 60_000).hung).toBe(false);
  });
});
