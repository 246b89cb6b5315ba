/**
 * Every screen and dialog, walked once per language × theme × text size, and
 * checked at each stop in two ways:
 * - axe-core with the WCAG 2.0/2.1/2.2 A and AA tags (2.2 switches on the
 *   target-size rule): zero violations, in both themes at every text size; in
 *   high contrast also axe's AAA contrast rule (7:1 for text);
 * - layout, at 1920×1080, 1080×1920 and 1366×768: every control at least 64×64
 *   CSS px with 8 px between controls, no text wider than its box, nothing
 *   scrolling sideways, and body text at least 28 px on a 1080-line screen.
 * English runs at all four sizes in both themes; Arabic (right to left),
 * Simplified Chinese and the pseudo-locale (longest words) in the default look
 * and at the largest size in both themes. Each walk visits the few content pages
 * that between them show every kind of block; the pseudo-locale at the largest
 * size in high contrast visits every page. Every other language's layout at the
 * largest size is walked in languages.spec.ts.
 */
import { axeViolations, ENHANCED_CONTRAST } from './support/axe';
import { expect, test } from './support/fixtures';
import { TEXT_SIZE_NAMES, tourScreens, type TextSizeName, type TourOptions } from './support/a11yTour';
import { layoutProblems } from './support/layout';

interface Tour extends TourOptions {
  /** Also measure the layout at three screen sizes (once per size is enough: the theme does not move anything). */
  layout: boolean;
}

/** For Arabic, Chinese and the pseudo-locale: the default look, and both themes at the largest size. */
const OTHER_LOOKS: { textSize: TextSizeName; highContrast: boolean }[] = [
  { textSize: 'default', highContrast: false },
  { textSize: 'largest', highContrast: false },
  { textSize: 'largest', highContrast: true },
];

const TOURS: Tour[] = [
  ...TEXT_SIZE_NAMES.flatMap((textSize) =>
    [false, true].map((highContrast) => ({
      code: 'en',
      textSize,
      highContrast,
      layout: !highContrast,
      allPages: false,
    })),
  ),
  ...['ar', 'zh-Hans', 'qps'].flatMap((code) =>
    OTHER_LOOKS.map(({ textSize, highContrast }) => ({
      code,
      textSize,
      highContrast,
      layout: textSize === 'largest' && highContrast,
      // The longest words at the largest size: the hardest test of every page's layout.
      allPages: code === 'qps' && textSize === 'largest' && highContrast,
    })),
  ),
];

test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

for (const tour of TOURS) {
  const checks = tour.layout ? 'axe and layout' : 'axe';
  const theme = tour.highContrast ? 'high contrast' : 'default theme';
  test(`${checks}: every screen in ${tour.code}, ${theme}, ${tour.textSize} text`, async ({ page }) => {
    test.setTimeout(tour.allPages ? 240_000 : 120_000);
    const violations: string[] = [];
    const layout: string[] = [];
    const visited: string[] = [];
    await tourScreens(page, tour, async (where) => {
      visited.push(where);
      violations.push(...(await axeViolations(page, where)));
      if (tour.highContrast)
        violations.push(...(await axeViolations(page, `${where} (AAA contrast)`, ENHANCED_CONTRAST)));
      if (tour.layout) layout.push(...(await layoutProblems(page, where, tour.textSize)));
    });
    expect(visited).toEqual(
      expect.arrayContaining([
        'attract',
        'language picker',
        'topics',
        'language dialog',
        'idle warning',
        'check',
        'check, answered',
        'questions, one chosen',
        'finish',
        'about',
        'staff PIN pad',
        'staff settings',
      ]),
    );
    if (tour.textSize === 'largest') expect(visited).toContain('display dialog');
    expect.soft(violations, 'axe WCAG 2.2 A/AA violations').toEqual([]);
    expect(layout, 'targets under 64×64 or closer than 8 px, overflowing text, sideways scrolling').toEqual([]);
  });
}
