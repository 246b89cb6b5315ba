import { describe, expect, it } from 'vitest';
import { applyWaitingUpdate, offlineCacheWanted } from '../../renderer/platform/offline/serviceWorker';

describe('offline web kiosk: where the service worker runs', () => {
  const web = { production: true, hasElectronBridge: false, protocol: 'https:', hasServiceWorker: true };

  it('runs in a production browser build served over http(s)', () => {
    expect(offlineCacheWanted(web)).toBe(true);
    expect(offlineCacheWanted({ ...web, protocol: 'http:' })).toBe(true);
  });

  it('never inside Electron, in the dev server, from file:// or without service workers', () => {
    expect(offlineCacheWanted({ ...web, hasElectronBridge: true })).toBe(false);
    expect(offlineCacheWanted({ ...web, protocol: 'app:' })).toBe(false);
    expect(offlineCacheWanted({ ...web, production: false })).toBe(false);
    expect(offlineCacheWanted({ ...web, protocol: 'file:' })).toBe(false);
    expect(offlineCacheWanted({ ...web, hasServiceWorker: false })).toBe(false);
  });

  it('with no new build waiting, the end of a session changes nothing', () => {
    expect(applyWaitingUpdate()).toBe(false);
  });
});

describe('the Content-Security-Policy and the service worker', () => {
  it('allows the same-origin worker and manifest, and nothing more than before', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../main/decisions/contentSecurityPolicy');
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives['worker-src']).toBe("'self'");
    expect(directives['manifest-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'self'");
    expect(directives['default-src']).toBe("'none'");
  });
});
