import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedRequest } from '../../main/decisions/requestPolicy';

describe('isAllowedRequest (the offline guarantee)', () => {
  it.each([
    'app://kiosk/index.html',
    'app://kiosk/assets/font.woff2',
    'data:image/png;base64,AAAA',
    'blob:app://kiosk/1234-5678',
  ])('allows %s', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'ws://127.0.0.1:5173/',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'app://other/index.html',
    'blob:https://example.com/1234',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/x.js',
    '',
    'garbage',
  ])('cancels %s in kiosk mode', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });

  it('allows only the dev server (and its hot-reload socket) during npm run dev', () => {
    const dev = { devServerOrigin: 'http://127.0.0.1:5173' };
    expect(isAllowedRequest('http://127.0.0.1:5173/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://127.0.0.1:5173/', dev)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/x.js', dev)).toBe(true);
    expect(isAllowedRequest('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isAllowedRequest('https://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAllowedRequest('https://fonts.example.com/', dev)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  const current = 'app://kiosk/index.html';
  it('allows same-document changes only', () => {
    expect(isAllowedNavigation('app://kiosk/index.html#topics', current)).toBe(true);
    expect(isAllowedNavigation('app://kiosk/other.html', current)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', current)).toBe(false);
    expect(isAllowedNavigation('file:///index.html', current)).toBe(false);
    expect(isAllowedNavigation('app://kiosk/index.html?x=1', current)).toBe(false);
    expect(isAllowedNavigation('::', current)).toBe(false);
  });
});
