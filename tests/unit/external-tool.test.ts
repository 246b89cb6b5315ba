import { describe, expect, it, vi } from 'vitest';
import { findTool, skipReason } from '../support/externalTool';

describe('findTool / skipReason (deployment tests that need real tools)', () => {
  const present = (p: string) => p === '/usr/bin/promtool';

  it('finds the first candidate that exists', () => {
    expect(findTool('promtool', ['/usr/local/bin/promtool', '/usr/bin/promtool'], 'prometheus', present)).toEqual({
      found: true,
      path: '/usr/bin/promtool',
    });
  });

  it('names the Debian package when the tool is missing', () => {
    const lookup = findTool('cage', ['/usr/bin/cage'], 'cage', present);
    expect(lookup).toEqual({ found: false, reason: expect.stringContaining('apt-get install -y cage') });
  });

  it('skips with the reason printed on a developer machine', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const missing = findTool('cage', ['/usr/bin/cage'], 'cage', present);
    expect(skipReason([missing], {}, 'linux')).toContain('cage is not installed');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[skipped] cage is not installed'));
    warn.mockRestore();
  });

  it('in CI on Linux a missing tool is an error, never a skip', () => {
    const missing = findTool('cage', ['/usr/bin/cage'], 'cage', present);
    expect(() => skipReason([missing], { CI: 'true' }, 'linux')).toThrow(
      /CI must run these tests, but cage is not installed/,
    );
    expect(
      skipReason([findTool('promtool', ['/usr/bin/promtool'], 'prometheus', present)], { CI: 'true' }, 'linux'),
    ).toBeNull();
  });

  it('in CI on Windows the Linux tools skip, saying why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const missing = findTool('cage', ['/usr/bin/cage'], 'cage', present);
    expect(skipReason([missing], { CI: 'true' }, 'win32')).toContain('cage is not installed');
    warn.mockRestore();
  });
});
