import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openKiosk } from './support/fixtures';
import { enterPin, expectScreen, openSection, pressStaffShortcut, STAFF_PIN } from './support/staff';

/**
 * Screenshots for docs/staff-guide.md, at 1920×1080. They rewrite files in
 * docs/images, so they run only when asked: UPDATE_STAFF_SCREENSHOTS=1.
 */
const IMAGES = path.resolve(import.meta.dirname, '../../docs/images');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(IMAGES, `${name}.png`) });

/** Draws the two corners and their steps over the page (for the guide only; not part of the app). */
async function drawGesture(page: Page): Promise<void> {
  await page.evaluate(() => {
    const mark = (css: Partial<CSSStyleDeclaration>, text: string) => {
      const box = document.createElement('div');
      Object.assign(
        box.style,
        {
          position: 'fixed',
          width: '64px',
          height: '64px',
          border: '6px solid #c2410c',
          boxSizing: 'border-box',
          zIndex: '100',
          pointerEvents: 'none',
        },
        css,
      );
      const label = document.createElement('div');
      label.textContent = text;
      Object.assign(label.style, {
        position: 'absolute',
        whiteSpace: 'nowrap',
        font: 'bold 28px sans-serif',
        color: '#fff',
        background: '#c2410c',
        padding: '6px 12px',
        borderRadius: '8px',
      });
      if (css.top !== undefined) Object.assign(label.style, { top: '70px', left: '0' });
      else Object.assign(label.style, { bottom: '70px', right: '0' });
      box.append(label);
      document.body.append(box);
    };
    mark({ top: '0', left: '0' }, '1. Press and hold here for 3 seconds');
    mark({ bottom: '0', right: '0' }, '2. Then tap here within 5 seconds');
  });
}

test.describe('staff guide screenshots', () => {
  test.skip(process.env.UPDATE_STAFF_SCREENSHOTS !== '1', 'set UPDATE_STAFF_SCREENSHOTS=1 to refresh docs/images');
  test.describe.configure({ timeout: 240_000 });

  test('every staff screen, for the guide', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openKiosk(page);
    await drawGesture(page);
    await shot(page, 'staff-gesture');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    // One short patient visit first, so the usage screenshot has something to show.
    await page.getByRole('button', { name: 'Touch to start' }).dispatchEvent('click');
    await expectScreen(page, 'language');
    await page.getByRole('button', { name: /^English/ }).click();
    await expectScreen(page, 'topics');
    await page.getByRole('button', { name: /^Start here/ }).click();
    await expectScreen(page, 'page');

    await pressStaffShortcut(page);
    await expect(page.getByRole('heading', { name: 'Set a staff PIN' })).toBeVisible();
    await shot(page, 'staff-pin-set');
    await enterPin(page, STAFF_PIN);
    await enterPin(page, STAFF_PIN);
    await expectScreen(page, 'staff');
    await shot(page, 'staff-languages');

    await page.getByRole('switch', { name: 'Offer reviewed translations only' }).click();
    await expect(page.getByText(/is not reviewed yet/)).toBeVisible();
    await shot(page, 'staff-reviewed-only');
    await page.getByRole('switch', { name: 'Offer reviewed translations only' }).click();

    await openSection(page, 'Timing');
    await shot(page, 'staff-quiet-time-and-display');

    await openSection(page, 'Display and sound');
    await page.getByRole('button', { name: 'Change: Clinic name on the welcome screen' }).click();
    await shot(page, 'staff-keyboard');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await openSection(page, 'Take-home');
    await page.getByRole('switch', { name: 'Print the question list' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved: Print the question list: On' })).toBeVisible();
    await shot(page, 'staff-take-home');

    await openSection(page, 'Usage');
    await expect(page.getByRole('rowheader', { name: 'Sessions started' })).toBeVisible();
    await shot(page, 'staff-usage');

    await openSection(page, 'PIN and app');
    await shot(page, 'staff-actions');

    await page.getByRole('button', { name: 'Leave staff mode' }).first().click();
    await expectScreen(page, 'attract');
    await pressStaffShortcut(page);
    await enterPin(page, '1111');
    await expect(page.getByText(/Wrong PIN/)).toBeVisible();
    await shot(page, 'staff-pin-wrong');
  });
});
