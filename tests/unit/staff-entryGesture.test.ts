import { describe, expect, it } from 'vitest';
import {
  confirmTapped,
  holdCancelled,
  holdEnded,
  holdStarted,
  holdTick,
  IDLE_GESTURE,
} from '../../renderer/staff/entry/entryGesture';

describe('staff entry gesture', () => {
  it('opens after a 3 s hold on the first corner and a tap on the second within 5 s', () => {
    let state = holdStarted(IDLE_GESTURE, 0);
    state = holdTick(state, 3000);
    expect(state.phase).toBe('armed');
    state = holdEnded(state, 3200);
    expect(confirmTapped(state, 8200).open).toBe(true);
  });

  it('a single long press never opens anything', () => {
    const state = holdEnded(holdTick(holdStarted(IDLE_GESTURE, 0), 10_000), 10_000);
    expect(state.phase).toBe('armed');
    // …and without the second tap it simply runs out.
    expect(confirmTapped(state, 15_001).open).toBe(false);
  });

  it('a hold shorter than 3 s does not arm', () => {
    const state = holdEnded(holdStarted(IDLE_GESTURE, 0), 2999);
    expect(state).toEqual(IDLE_GESTURE);
    expect(confirmTapped(state, 3000).open).toBe(false);
  });

  it('a tap on the second corner alone does nothing, and any tap disarms', () => {
    expect(confirmTapped(IDLE_GESTURE, 0).open).toBe(false);
    const armed = holdEnded(holdTick(holdStarted(IDLE_GESTURE, 0), 3000), 3000);
    const first = confirmTapped(armed, 3500);
    expect(first.open).toBe(true);
    expect(confirmTapped(first.state, 3600).open).toBe(false);
  });

  it('a slid-off hold is void before it arms', () => {
    expect(holdCancelled(holdStarted(IDLE_GESTURE, 0), 1000)).toEqual(IDLE_GESTURE);
  });
});
