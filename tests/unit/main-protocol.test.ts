import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Electron is mocked here only: this is a unit test of main's thin protocol glue, on real files.
let handler: ((request: Request) => Promise<Response>) | undefined;
vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => (handler = fn),
    registerSchemesAsPrivileged: vi.fn(),
  },
}));
vi.mock('electron-log/main', () => ({ default: { warn: vi.fn(), info: vi.fn(), error: vi.fn() } }));

const { serveAppProtocol } = await import('../../main/protocol');

function folders() {
  const app = mkdtempSync(path.join(tmpdir(), 'app-'));
  const recordings = mkdtempSync(path.join(tmpdir(), 'recordings-'));
  writeFileSync(path.join(app, 'index.html'), '<!doctype html>');
  mkdirSync(path.join(recordings, 'so'));
  writeFileSync(path.join(recordings, 'so', 'b12-what.mp3'), Buffer.from('0123456789'));
  writeFileSync(path.join(recordings, 'so', 'b12-myelin.mp3'), Buffer.from('added after start'));
  return { app, recordings };
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  if (!handler) throw new Error('no app:// handler registered');
  return handler(new Request(url, { headers }));
}

describe('serveAppProtocol', () => {
  it('serves the app, and recordings in the manifest, whole or by byte range, with the CSP', async () => {
    const { app, recordings } = folders();
    serveAppProtocol(app, () => ({ folder: recordings, files: new Set(['so/b12-what.mp3']) }));
    const page = await get('app://kiosk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");

    const whole = await get('app://kiosk/recordings/so/b12-what.mp3');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('Content-Type')).toBe('audio/mpeg');
    expect(await whole.text()).toBe('0123456789');

    const part = await get('app://kiosk/recordings/so/b12-what.mp3', { Range: 'bytes=2-5' });
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    expect((await get('app://kiosk/recordings/so/b12-what.mp3', { Range: 'bytes=50-' })).status).toBe(416);
  });

  it('refuses a file that is in the folder but not in the manifest, and any recording without a folder', async () => {
    const { app, recordings } = folders();
    serveAppProtocol(app, () => ({ folder: recordings, files: new Set(['so/b12-what.mp3']) }));
    expect((await get('app://kiosk/recordings/so/b12-myelin.mp3')).status).toBe(404);
    serveAppProtocol(app);
    expect((await get('app://kiosk/recordings/so/b12-what.mp3')).status).toBe(404);
  });
});
