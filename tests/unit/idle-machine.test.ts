import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleConfigFromSettings, policyForScreen, type IdleConfig } from '../../core/idle/idlePolicy';
import {
  idleReducer,
  initialIdleState,
  MAX_HOLD_MS,
  nextDeadline,
  secondsLeft,
  type IdleEvent,
  type IdleState,
} from '../../core/idle/idleMachine';

const config: IdleConfig = idleConfigFromSettings({ quietSeconds: 90, warningSeconds: 30, finishQuietSeconds: 120 });

/**
 * A minimal driver on vitest's fake clock: it schedules one timeout for the
 * machine's next deadline, exactly as the renderer's driver does.
 */
function drive(screen: Parameters<typeof policyForScreen>[0]) {
  let state = initialIdleState(policyForScreen(screen, config), Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const deadline = nextDeadline(state);
    if (deadline !== null)
      timer = setTimeout(() => send({ type: 'tick', at: Date.now() }), Math.max(0, deadline - Date.now()));
  };
  const send = (event: IdleEvent) => {
    state = idleReducer(state, event);
    schedule();
  };
  schedule();
  return {
    get state(): IdleState {
      return state;
    },
    input: () => send({ type: 'activity', at: Date.now() }),
    extend: () => send({ type: 'extend', at: Date.now() }),
    hold: () => send({ type: 'hold', at: Date.now() }),
    release: () => send({ type: 'release', at: Date.now() }),
    screen: (id: Parameters<typeof policyForScreen>[0]) =>
      send({ type: 'policy', policy: policyForScreen(id, config), at: Date.now() }),
    resetDone: () => send({ type: 'reset-done', at: Date.now() }),
  };
}

describe('idle state machine', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays active while input keeps coming', () => {
    const kiosk = drive('page');
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(60_000);
      kiosk.input();
    }
    expect(kiosk.state.phase).toBe('active');
  });

  it('warns after the quiet time with the whole countdown, then expires', () => {
    const kiosk = drive('page');
    vi.advanceTimersByTime(89_999);
    expect(kiosk.state.phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(kiosk.state.phase).toBe('warning');
    expect(secondsLeft(kiosk.state, Date.now())).toBe(30);
    vi.advanceTimersByTime(10_500);
    expect(secondsLeft(kiosk.state, Date.now())).toBe(20);
    vi.advanceTimersByTime(19_499);
    expect(kiosk.state.phase).toBe('warning');
    vi.advanceTimersByTime(1);
    expect(kiosk.state.phase).toBe('expired');
    expect(nextDeadline(kiosk.state)).toBeNull();
  });

  it('input during the countdown extends: back to a full quiet time', () => {
    const kiosk = drive('check');
    vi.advanceTimersByTime(90_000 + 25_000);
    expect(kiosk.state.phase).toBe('warning');
    kiosk.input();
    expect(kiosk.state.phase).toBe('active');
    vi.advanceTimersByTime(89_000);
    expect(kiosk.state.phase).toBe('active');
  });

  it('can be extended ten times in a row, each time with a fresh warning', () => {
    const kiosk = drive('questions');
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(90_000);
      expect(kiosk.state.phase).toBe('warning');
      vi.advanceTimersByTime(29_000);
      expect(secondsLeft(kiosk.state, Date.now())).toBe(1);
      kiosk.extend();
      expect(kiosk.state.phase).toBe('active');
    }
    vi.advanceTimersByTime(120_000);
    expect(kiosk.state.phase).toBe('expired');
  });

  it('ignores late input once expired, and starts afresh after the reset', () => {
    const kiosk = drive('topics');
    vi.advanceTimersByTime(120_000);
    expect(kiosk.state.phase).toBe('expired');
    kiosk.input();
    expect(kiosk.state.phase).toBe('expired');
    kiosk.screen('attract');
    kiosk.resetDone();
    expect(kiosk.state).toMatchObject({ phase: 'active', holds: 0, warningSince: null });
  });

  it('never warns on the attract screen', () => {
    const kiosk = drive('attract');
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(kiosk.state.phase).toBe('active');
    expect(nextDeadline(kiosk.state)).toBeNull();
  });

  it('the finish screen waits finishQuietSeconds, then warns like every other screen before it resets', () => {
    const kiosk = drive('finish');
    vi.advanceTimersByTime(119_999);
    expect(kiosk.state.phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(kiosk.state.phase).toBe('warning');
    vi.advanceTimersByTime(29_999);
    expect(kiosk.state.phase).toBe('warning');
    vi.advanceTimersByTime(1);
    expect(kiosk.state.phase).toBe('expired');
  });

  it('staff screens wait longer but still warn before closing', () => {
    const kiosk = drive('staff');
    vi.advanceTimersByTime(179_999);
    expect(kiosk.state.phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(kiosk.state.phase).toBe('warning');
    vi.advanceTimersByTime(30_000);
    expect(kiosk.state.phase).toBe('expired');
  });

  it('speaking holds it off; quiet time counts from the end of the narration', () => {
    const kiosk = drive('page');
    vi.advanceTimersByTime(80_000);
    kiosk.hold();
    vi.advanceTimersByTime(5 * 60_000);
    expect(kiosk.state.phase).toBe('active');
    kiosk.release();
    vi.advanceTimersByTime(89_000);
    expect(kiosk.state.phase).toBe('active');
    vi.advanceTimersByTime(1_000);
    expect(kiosk.state.phase).toBe('warning');
  });

  it('nested holds keep it off until the last is released; extra releases are harmless', () => {
    const kiosk = drive('page');
    kiosk.hold();
    kiosk.hold();
    kiosk.release();
    vi.advanceTimersByTime(200_000);
    expect(kiosk.state.phase).toBe('active');
    kiosk.release();
    kiosk.release();
    expect(kiosk.state.holds).toBe(0);
    vi.advanceTimersByTime(90_000);
    expect(kiosk.state.phase).toBe('warning');
  });

  it('a hold that is never released stops counting after MAX_HOLD_MS', () => {
    const kiosk = drive('page');
    kiosk.hold();
    vi.advanceTimersByTime(MAX_HOLD_MS + 89_000);
    expect(kiosk.state.phase).toBe('active');
    vi.advanceTimersByTime(1_000);
    expect(kiosk.state.phase).toBe('warning');
  });

  it('a late tick still gives the whole warning (no skipping straight to reset)', () => {
    const state = initialIdleState(policyForScreen('page', config), 0);
    const late = idleReducer(state, { type: 'tick', at: 10 * 60_000 });
    expect(late.phase).toBe('warning');
    expect(secondsLeft(late, 10 * 60_000)).toBe(30);
  });

  it('a screen change restarts the quiet time under the new screen policy', () => {
    const kiosk = drive('page');
    vi.advanceTimersByTime(85_000);
    kiosk.screen('finish');
    vi.advanceTimersByTime(119_000);
    expect(kiosk.state.phase).toBe('active');
    vi.advanceTimersByTime(1_000);
    expect(kiosk.state.phase).toBe('warning');
  });
});

describe('idle config', () => {
  it('never lets the warning drop below 20 seconds, the finish screen below 90, and gives staff at least three minutes', () => {
    const tight = idleConfigFromSettings({ quietSeconds: 30, warningSeconds: 5, finishQuietSeconds: 10 });
    expect(tight.warningMs).toBe(20_000);
    expect(tight.finishQuietMs).toBe(90_000);
    expect(tight.staffQuietMs).toBe(180_000);
    expect(idleConfigFromSettings({ quietSeconds: 600, warningSeconds: 60, finishQuietSeconds: 90 }).staffQuietMs).toBe(
      600_000,
    );
  });

  it('maps every screen to a policy', () => {
    expect(policyForScreen('attract', config)).toEqual({ kind: 'exempt' });
    expect(policyForScreen('finish', config)).toEqual({ kind: 'warn', quietMs: 120_000, warningMs: 30_000 });
    expect(policyForScreen('staff-pin', config)).toEqual({ kind: 'warn', quietMs: 180_000, warningMs: 30_000 });
    expect(policyForScreen('language', config)).toEqual({ kind: 'warn', quietMs: 90_000, warningMs: 30_000 });
  });
});
