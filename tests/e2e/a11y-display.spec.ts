/**
 * The operating system's own display wishes win: reduced motion stops every
 * animation, and Windows-style forced colours keep every control's edge, the
 * chosen state and the focus ring visible in system colours.
 */
import type { Page } from '@playwright/test';
import { expect, openKiosk, test } from './support/fixtures';
import { computedColour, focusRing } from './support/focusRing';
import { startInEnglish } from './support/journey';

const animationOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).animationName);

test.describe('motion as the system asks', () => {
  test.describe('no preference', () => {
    test.use({ reducedMotion: 'no-preference' });
    test('the attract button breathes and a new screen fades in', async ({ page }) => {
      await openKiosk(page);
      expect(await animationOf(page, '.attract__start')).toBe('attract-breathe');
      await startInEnglish(page);
      expect(await animationOf(page, '.patient-frame__content')).toBe('patient-frame-enter');
    });
  });

  test.describe('reduced', () => {
    test.use({ reducedMotion: 'reduce' });
    test('nothing moves: no breathing, no fade, no transition', async ({ page }) => {
      await openKiosk(page);
      expect(await animationOf(page, '.attract__start')).toBe('none');
      await startInEnglish(page);
      expect(await animationOf(page, '.patient-frame__content')).toBe('none');
      const transitions = await page
        .locator('.button')
        .evaluateAll((buttons) => buttons.map((button) => getComputedStyle(button).transitionDuration));
      expect(new Set(transitions)).toEqual(new Set(['0s']));
    });
  });
});

test.describe('forced colours (Windows high contrast)', () => {
  test.use({ forcedColors: 'active', reducedMotion: 'reduce' });

  test('every control keeps a visible edge, the chosen size is marked, and focus shows in Highlight', async ({
    page,
  }) => {
    await startInEnglish(page);
    const edges = await page.locator('button').evaluateAll((buttons) =>
      buttons
        .filter((button) => button.getClientRects().length > 0)
        .map((button) => ({
          name: button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '',
          width: Number.parseFloat(getComputedStyle(button).borderTopWidth),
          style: getComputedStyle(button).borderTopStyle,
        })),
    );
    expect(edges.length).toBeGreaterThan(5);
    expect(edges.filter((edge) => edge.width < 3 || edge.style !== 'solid')).toEqual([]);

    const chosen = page.getByRole('button', { name: 'Normal text', exact: true });
    await expect(chosen).toHaveAttribute('aria-pressed', 'true');
    expect(await chosen.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');

    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    expect(ring.width).toBeGreaterThanOrEqual(6);
    expect(ring.colour).toBe(await computedColour(page, 'Highlight'));
  });
});
