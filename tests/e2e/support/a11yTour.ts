/**
 * A walk through every screen a patient (and staff) can see, in one language,
 * with an optional theme and text size chosen from the toolbar first. At each
 * screen `visit(id)` runs (an axe scan, a target measurement…). Navigation is by
 * accessible names in the language on screen, as a patient would find them.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { languageInfo } from '../../../core/languages';
import { expect, openKiosk } from './fixtures';
import { expectScreen } from './journey';
import { exactly, uiLabel } from './languages';

export type TextSizeName = 'default' | 'large' | 'larger' | 'largest';

export interface TourOptions {
  /** A language code, or 'qps' for the pseudo-locale. */
  code: string;
  highContrast?: boolean;
  textSize?: TextSizeName;
  /** Every content page of the guided path, or only the first two. */
  allPages?: boolean;
  /** Also visit the idle warning (needs page.clock installed before the tour). */
  idleWarning?: boolean;
  /** Also visit the staff PIN pad and staff settings (sets a PIN on the fresh profile). */
  staff?: boolean;
}

const QUIET_MS = DEFAULT_SETTINGS.idle.quietSeconds * 1000;

function button(page: Page, code: string, key: string, exact = false) {
  const label = uiLabel(code, key);
  return page.getByRole('button', exact ? { name: label, exact: true } : { name: exactly(label) });
}

/** Chooses theme and size with the toolbar controls (at the largest size they live in the Display dialog). */
export async function chooseDisplay(page: Page, code: string, textSize: TextSizeName, highContrast: boolean): Promise<void> {
  if (highContrast) {
    await button(page, code, 'display.contrast', true).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  }
  if (textSize !== 'default') {
    await button(page, code, `display.sizes.${textSize}`, true).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', textSize);
  }
}

export async function tourScreens(page: Page, options: TourOptions, visit: (where: string) => Promise<void>): Promise<void> {
  const { code, highContrast = false, textSize = 'default' } = options;
  await openKiosk(page, code === 'qps' ? '/?lang=qps' : '/');
  await visit('attract');
  // The attract screen speaks the clinic's default language (English here) until the patient picks one.
  await button(page, code === 'qps' ? 'qps' : 'en', 'attract.startButton').click();
  await expectScreen(page, 'language');
  // The picker is still in the default language: the patient has not chosen one yet.
  await chooseDisplay(page, code === 'qps' ? 'qps' : 'en', textSize, highContrast);
  await visit('language');
  const endonym = code === 'qps' ? 'English' : languageInfo(code).endonym;
  await page.getByRole('main').getByRole('button', { name: exactly(endonym) }).click();
  await expectScreen(page, 'topics');
  await visit('topics');

  if (options.idleWarning) {
    // Time stands still while the warning is examined, so its countdown cannot run out mid-scan.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await page.clock.runFor(QUIET_MS);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await visit('idle-warning');
    // The warning focuses its one button; the keypad's Enter answers it.
    await expect(button(page, code, 'idle.stillHere', true)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alertdialog')).toBeHidden();
    // Let time flow again for the rest of the walk.
    await page.clock.resume();
  }

  await button(page, code, 'journey.topics.startHere').click();
  await expectScreen(page, 'page');
  for (let step = 1; ; step += 1) {
    const id = await page.locator('article[data-page-id]').getAttribute('data-page-id');
    if (options.allPages || step <= 2) await visit(`page ${id}`);
    const next = button(page, code, 'nav.next', true);
    if (!(await next.isVisible())) break;
    await next.click();
    await expect(page.locator('article[data-page-id]')).not.toHaveAttribute('data-page-id', id ?? '');
  }
  await button(page, code, 'journey.page.checkNext').click();
  await expectScreen(page, 'check');
  await visit('check');
  await page.getByRole('group', { name: uiLabel(code, 'journey.check.choicesLabel') }).getByRole('button').first().click();
  await visit('check (answered)');

  // Straight to the question list from the menu, then the finish screen and About.
  await button(page, code, 'nav.home', true).click();
  await expectScreen(page, 'topics');
  await button(page, code, 'journey.topics.myQuestions').click();
  await expectScreen(page, 'questions');
  await page.getByRole('main').getByRole('button', { pressed: false }).first().click();
  await visit('questions');
  await button(page, code, 'journey.questions.seeList').click();
  await expectScreen(page, 'finish');
  await visit('finish');
  await button(page, code, 'journey.finish.about').click();
  await expectScreen(page, 'about');
  await visit('about');

  if (options.staff) {
    await page.keyboard.press('Control+Alt+KeyS');
    await expectScreen(page, 'staff-pin');
    await visit('staff-pin');
    const pad = page.getByRole('group', { name: uiLabel(code, 'staff.pin.padLabel') });
    for (let round = 0; round < 2; round += 1) {
      for (const digit of '2468') await pad.getByRole('button', { name: digit, exact: true }).click();
      await pad.getByRole('button', { name: uiLabel(code, 'staff.pin.ok'), exact: true }).click();
    }
    await expectScreen(page, 'staff');
    await visit('staff');
  }
}
