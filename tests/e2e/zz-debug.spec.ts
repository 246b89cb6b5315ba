import { test } from '@playwright/test';
import { openStaffFirstRun } from './support/staff';
test('debug', async ({ page }) => {
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.text()); });
  await openStaffFirstRun(page);
  await page.screenshot({ path: '/tmp/s-languages.png' });
  for (const tab of ['Timing', 'Display and sound', 'Take-home', 'Usage', 'PIN and app']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/s-${tab.replace(/ /g, '_')}.png` });
  }
  await page.getByRole('tab', { name: 'Languages' }).click();
  await page.getByRole('button', { name: 'Preview Arabic' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/s-preview.png' });
});
