import { test, expect } from './support/fixtures';

test.describe('foundation: the built renderer in plain Chromium', () => {
  test('shows the attract screen with the test-contract attributes', async ({ kiosk: page }) => {
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-screen', 'attract');
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(html).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
  });

  test('uses the browser host when no Electron bridge exists, and it answers a ping', async ({ kiosk: page }) => {
    expect(await page.evaluate(() => 'kiosk' in window)).toBe(false);
    // The app sets data-host only after getAppInfo and a ping round-trip succeed.
    await expect(page.locator('html')).toHaveAttribute('data-host', 'browser');
  });

  test('ships a Content-Security-Policy that forbids remote code', async ({ kiosk: page }) => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });

  test('touch hardening: no text selection, no context menu, no double-tap zoom', async ({ kiosk: page }) => {
    const styles = await page.evaluate(() => {
      const s = getComputedStyle(document.documentElement);
      return { userSelect: s.userSelect, touchAction: s.touchAction, overscroll: s.overscrollBehaviorY };
    });
    expect(styles).toEqual({ userSelect: 'none', touchAction: 'manipulation', overscroll: 'none' });
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      return !document.body.dispatchEvent(event);
    });
    expect(prevented).toBe(true);
  });
});
