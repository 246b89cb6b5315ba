import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adminOnlyProblem,
  defaultPolicyPath,
  policyLocation,
  type PathOwnership,
} from '../../main/managedPolicy/location';
import { ownershipChain } from '../../main/managedPolicy';

const rootOwned = (p: string): PathOwnership[] => [
  { path: p, uid: 0, mode: 0o100644 },
  { path: path.dirname(p), uid: 0, mode: 0o40755 },
  { path: '/', uid: 0, mode: 0o40755 },
];
const request = (over: Partial<Parameters<typeof policyLocation>[0]>) =>
  policyLocation({ argPath: undefined, env: {}, platform: 'linux', isPackaged: false, ownership: rootOwned, ...over });

describe('where the policy file is looked for', () => {
  it('--policy= wins over the environment, which wins over the per-OS default', () => {
    expect(request({ argPath: '/opt/p.json', env: { B12_KIOSK_POLICY: '/env/p.json' } })).toEqual({
      path: '/opt/p.json',
      explicit: true,
    });
    expect(request({ env: { B12_KIOSK_POLICY: '/env/p.json' } })).toEqual({ path: '/env/p.json', explicit: true });
    expect(request({})).toEqual({ path: '/etc/b12-kiosk/policy.json', explicit: false });
  });

  it('has a default per OS', () => {
    expect(defaultPolicyPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\B12Kiosk\\policy.json',
    );
    expect(defaultPolicyPath('win32', {})).toBe('C:\\ProgramData\\B12Kiosk\\policy.json');
    expect(defaultPolicyPath('darwin', {})).toBe('/Library/Application Support/B12Kiosk/policy.json');
    expect(defaultPolicyPath('linux', {})).toBe('/etc/b12-kiosk/policy.json');
  });
});

describe('packaged builds honour an explicit path only where only an administrator can write', () => {
  it('takes a root-owned file in root-owned folders', () => {
    expect(request({ isPackaged: true, argPath: '/opt/kiosk/p.json' })).toEqual({
      path: '/opt/kiosk/p.json',
      explicit: true,
    });
  });

  it.each([
    ['a file the kiosk user owns', [{ path: '/home/k/p.json', uid: 1000, mode: 0o100644 }], /does not belong to root/],
    ['a group-writable file', [{ path: '/etc/p.json', uid: 0, mode: 0o100664 }], /writable by users other than root/],
    [
      'a world-writable folder on the way (/tmp)',
      [
        { path: '/tmp/p.json', uid: 0, mode: 0o100644 },
        { path: '/tmp', uid: 0, mode: 0o41777 },
      ],
      /\/tmp is writable/,
    ],
    ['a file that cannot be checked', null, /could not be checked/],
  ])('refuses %s, using the default place instead', (_name, chain, why) => {
    const location = request({ isPackaged: true, env: { B12_KIOSK_POLICY: '/x/p.json' }, ownership: () => chain });
    expect(location).toEqual({
      path: '/etc/b12-kiosk/policy.json',
      explicit: false,
      refused: expect.stringMatching(
        new RegExp(`^The policy path given by B12_KIOSK_POLICY \\(/x/p\\.json\\) is ignored: .*${why.source}`),
      ),
    });
  });

  it('on Windows, only inside ProgramData\\B12Kiosk or Program Files', () => {
    const env = { ProgramData: 'C:\\ProgramData', ProgramFiles: 'C:\\Program Files' };
    expect(adminOnlyProblem('C:\\ProgramData\\B12Kiosk\\site.json', 'win32', env, null)).toBeNull();
    expect(adminOnlyProblem('c:\\program files\\B12 Kiosk\\policy.json', 'win32', env, null)).toBeNull();
    expect(adminOnlyProblem('C:\\Users\\kiosk\\policy.json', 'win32', env, null)).toMatch(/not inside/);
    expect(adminOnlyProblem('C:\\ProgramData\\B12Kiosk\\..\\Other\\p.json', 'win32', env, null)).toMatch(/not inside/);
    expect(adminOnlyProblem('C:\\ProgramData\\B12KioskEvil\\p.json', 'win32', env, null)).toMatch(/not inside/);
  });

  it('ownershipChain reads the real owner and mode of a file and each folder up to the root', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-owner-'));
    const file = path.join(dir, 'p.json');
    writeFileSync(file, '{}');
    const chain = ownershipChain(file);
    expect(chain?.map((entry) => entry.path)).toEqual(
      [file, dir, path.dirname(dir), '/'].filter((p, i, a) => a.indexOf(p) === i),
    );
    expect(adminOnlyProblem(file, 'linux', {}, chain)).toMatch(
      /\/tmp is writable by users other than root|does not belong to root/,
    );
    expect(ownershipChain(path.join(dir, 'missing.json'))).toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });
});
