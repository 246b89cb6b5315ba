import { describe, expect, it } from 'vitest';
import { SWIPE_MIN_DISTANCE, swipeIntent } from '../../renderer/patient/journey/swipe';

describe('swipe intent', () => {
  it('in left-to-right languages, dragging left is next and dragging right is previous', () => {
    expect(swipeIntent(-120, 5, 'ltr')).toBe('next');
    expect(swipeIntent(120, -5, 'ltr')).toBe('previous');
  });

  it('is mirrored in right-to-left languages', () => {
    expect(swipeIntent(-120, 0, 'rtl')).toBe('previous');
    expect(swipeIntent(120, 0, 'rtl')).toBe('next');
  });

  it('ignores drags shorter than the minimum distance', () => {
    expect(swipeIntent(-(SWIPE_MIN_DISTANCE - 1), 0, 'ltr')).toBeNull();
    expect(swipeIntent(-SWIPE_MIN_DISTANCE, 0, 'ltr')).toBe('next');
  });

  it('ignores mostly vertical drags (that is scrolling)', () => {
    expect(swipeIntent(-100, 160, 'ltr')).toBeNull();
  });
});
