import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../main/decisions/ipcSender';

const trusted = { webContentsId: 7 };
const ok = { webContentsId: 7, frameUrl: 'app://kiosk/index.html', isMainFrame: true };

describe('isTrustedSender', () => {
  it('accepts only our window, main frame, own origin', () => {
    expect(isTrustedSender(ok, trusted)).toBe(true);
    expect(isTrustedSender({ ...ok, webContentsId: 8 }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ok, isMainFrame: false }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'https://evil.example/' }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'app://other/index.html' }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'file:///index.html' }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: '%%%' }, trusted)).toBe(false);
    expect(isTrustedSender(ok, undefined)).toBe(false);
  });

  it('accepts the dev server origin only when configured', () => {
    const dev = { ...ok, frameUrl: 'http://127.0.0.1:5173/' };
    expect(isTrustedSender(dev, trusted)).toBe(false);
    expect(isTrustedSender(dev, { ...trusted, devServerOrigin: 'http://127.0.0.1:5173' })).toBe(true);
  });
});
