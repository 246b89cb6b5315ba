import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium, INSTALL_BROWSER_COMMAND } from '../support/findChromium';
import { findElectron } from '../support/findElectron';

describe('findChromium', () => {
  const onDisk =
    (...files: string[]) =>
    (p: string) =>
      files.includes(p);

  it("prefers CHROMIUM_PATH, then Playwright's browser, then /usr/bin/chromium", () => {
    const all = onDisk('/custom/chrome', '/pw/chrome', '/usr/bin/chromium');
    expect(findChromium({ CHROMIUM_PATH: '/custom/chrome' }, '/pw/chrome', all)).toMatchObject({
      found: true,
      path: '/custom/chrome',
    });
    expect(findChromium({}, '/pw/chrome', all)).toMatchObject({ found: true, path: '/pw/chrome' });
    expect(findChromium({}, '/pw/missing', all)).toMatchObject({ found: true, path: '/usr/bin/chromium' });
  });

  it('explains a wrong CHROMIUM_PATH instead of silently using another browser', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nope' }, undefined, onDisk('/usr/bin/chromium'))).toEqual({
      found: false,
      message: expect.stringContaining('/nope') as string,
    });
  });

  it('names the one command that installs a browser when none exists', () => {
    const result = findChromium({}, undefined, onDisk());
    expect(result.found).toBe(false);
    if (!result.found) expect(result.message).toContain(INSTALL_BROWSER_COMMAND);
  });

  it('adds --no-sandbox only for root', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(false)).toContain('--disable-background-networking');
  });
});

describe('findElectron', () => {
  const probe = (files: Record<string, string>) => ({
    exists: (p: string) => p in files,
    readText: (p: string) => files[p] ?? '',
  });
  const pkg = path.join('/project', 'node_modules', 'electron');

  it('reports the binary as missing, with a reason, without triggering a download', () => {
    expect(findElectron('/project', {}, probe({}))).toEqual({
      available: false,
      reason: expect.stringContaining('not been downloaded') as string,
    });
  });

  it('finds a downloaded binary through path.txt', () => {
    const exe = path.join(pkg, 'dist', 'electron');
    expect(findElectron('/project', {}, probe({ [path.join(pkg, 'path.txt')]: 'electron\n', [exe]: '' }))).toEqual({
      available: true,
      executablePath: exe,
    });
  });

  it('says so when path.txt names a binary that is gone', () => {
    const result = findElectron('/project', {}, probe({ [path.join(pkg, 'path.txt')]: 'electron' }));
    expect(result).toEqual({ available: false, reason: expect.stringContaining('missing') as string });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const exe = path.join('/opt/electron', process.platform === 'win32' ? 'electron.exe' : 'electron');
    expect(findElectron('/project', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, probe({ [exe]: '' }))).toEqual({
      available: true,
      executablePath: exe,
    });
    expect(findElectron('/project', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, probe({})).available).toBe(false);
  });
});
