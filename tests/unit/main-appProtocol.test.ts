import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_START_URL, mimeTypeFor, resolveAppFile } from '../../main/decisions/appProtocol';

const root = path.resolve('/srv/kiosk/renderer');

describe('resolveAppFile', () => {
  it('maps app://kiosk/ paths inside the renderer folder', () => {
    expect(resolveAppFile(root, APP_START_URL)).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile(root, 'app://kiosk/assets/index-abc.js')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets/index-abc.js'),
    });
    expect(resolveAppFile(root, 'app://kiosk/')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAppFile(root, 'app://kiosk/assets/a.js?v=1#x')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets/a.js'),
    });
  });

  it.each([
    ['app://kiosk/assets/..%2f..%2f..%2fsecret.js', 403],
    ['app://kiosk/assets/%5c..%5c..%5csecret.js', 400],
    ['app://kiosk/index.html%00.png', 400],
    ['app://kiosk/%E0%A4%A', 400],
    ['app://evil/index.html', 403],
    ['https://kiosk/index.html', 403],
    ['not a url', 400],
    ['app://kiosk/main.cjs.exe', 404],
    ['app://kiosk/package', 404],
  ])('refuses %s with %i', (url, status) => {
    const result = resolveAppFile(root, url);
    expect(result.kind).toBe('rejected');
    if (result.kind === 'rejected') expect(result.status).toBe(status);
  });

  it('folds dot segments back inside the root, as the URL parser does', () => {
    expect(resolveAppFile(root, 'app://kiosk/../secret.js')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'secret.js'),
    });
    expect(resolveAppFile(root, 'app://kiosk/%2e%2e/%2e%2e/etc/passwd.txt')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'etc/passwd.txt'),
    });
  });

  it('never resolves outside the root, whatever the encoding', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f..', 'a/../../..', '%252e%252e'];
    for (const attempt of attempts) {
      const result = resolveAppFile(root, `app://kiosk/${attempt}/x.js`);
      if (result.kind === 'file') expect(result.filePath.startsWith(root + path.sep)).toBe(true);
    }
  });

  it('knows the types the kiosk ships and nothing else', () => {
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('A.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('voice.mp3')).toBe('audio/mpeg');
    expect(mimeTypeFor('run.sh')).toBeUndefined();
  });
});
