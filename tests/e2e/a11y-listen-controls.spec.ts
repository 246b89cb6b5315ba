/**
 * The read-aloud controls while reading (Pause … Slower … Louder) meet the
 * same bar as every other screen: axe WCAG 2.2 AA (AAA contrast in high
 * contrast) with Slower pressed, and at the largest text size 64×64 targets,
 * no clipped text and no sideways scroll at all three screen sizes — in
 * English and in Polish, whose button words are among the longest.
 */
import { axeViolations, ENHANCED_CONTRAST } from './support/axe';
import { expect, openKiosk, test } from './support/fixtures';
import { expectScreen } from './support/journey';
import { exactly, uiLabel } from './support/languages';
import { layoutProblems } from './support/layout';
import { installSpeechStub } from './support/speechStub';

test.use({ reducedMotion: 'reduce' });

for (const [code, endonym] of [
  ['en', 'English'],
  ['pl', 'Polski'],
] as const) {
  test(`reading controls in ${endonym}: axe in both themes, layout at the largest text size`, async ({ page }) => {
    await installSpeechStub(page, [
      { name: 'Local English', lang: 'en-GB', localService: true },
      { name: 'Local Polish', lang: 'pl-PL', localService: true },
    ]);
    await openKiosk(page);
    await page.getByRole('button', { name: exactly(uiLabel('en', 'attract.startButton')) }).click();
    await page
      .getByRole('main')
      .getByRole('button', { name: exactly(endonym) })
      .click();
    await page.getByRole('button', { name: exactly(uiLabel(code, 'journey.topics.startHere')) }).click();
    await expectScreen(page, 'page');
    await page.getByRole('button', { name: uiLabel(code, 'readAloud.listen'), exact: true }).click();
    await page.getByRole('button', { name: uiLabel(code, 'readAloud.slower'), exact: true }).click();
    await expect(page.getByRole('button', { name: uiLabel(code, 'readAloud.slower'), exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const found = await axeViolations(page, `${code} reading`);

    await page.getByRole('button', { name: uiLabel(code, 'display.contrast'), exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
    found.push(...(await axeViolations(page, `${code} reading, high contrast`)));
    found.push(...(await axeViolations(page, `${code} reading, high contrast AAA`, ENHANCED_CONTRAST)));

    await page.getByRole('button', { name: uiLabel(code, 'display.sizes.largest'), exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    await expect(page.getByRole('group', { name: uiLabel(code, 'readAloud.controlsLabel') })).toBeVisible();
    found.push(...(await layoutProblems(page, `${code} reading, largest`, 'largest')));
    expect(found).toEqual([]);
  });
}
