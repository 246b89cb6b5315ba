import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadManagedPolicy, policyNotice } from '../../main/managedPolicy';

// Real files in a temp folder: the policy, and the last good copy in "userData".
let dir: string;
let policyFile: string;
let cacheFile: string;
const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const load = (explicit = false) =>
  loadManagedPolicy({ path: policyFile, explicit }, { cacheFile, log, platform: 'linux' });
const GOOD = {
  languages: { offered: ['en', 'es'] },
  idle: { quietSeconds: 60 },
  recordings: { folder: '/srv/voices' },
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-policy-'));
  policyFile = path.join(dir, 'policy.json');
  cacheFile = path.join(dir, 'policy-last-good.json');
  vi.clearAllMocks();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadManagedPolicy (real files)', () => {
  it('applies a valid policy, splits off the machine section, and keeps a last good copy', () => {
    writeFileSync(policyFile, JSON.stringify(GOOD));
    expect(load()).toEqual({
      settingsPolicy: { languages: { offered: ['en', 'es'] }, idle: { quietSeconds: 60 } },
      machine: { recordings: { folder: '/srv/voices' } },
      problems: [],
      source: 'file',
    });
    expect(existsSync(cacheFile)).toBe(true);
  });

  it('a missing file at the default place is no policy, and forgets the last good copy', () => {
    writeFileSync(cacheFile, '{}');
    expect(load()).toEqual({ settingsPolicy: null, machine: {}, problems: [], source: 'none' });
    expect(existsSync(cacheFile)).toBe(false);
    expect(log.error).not.toHaveBeenCalled();
  });

  it('reports each bad key to staff and the log, and applies the rest', () => {
    writeFileSync(policyFile, '\ufeff{"idle":{"quietSeconds":1},"attract":{"clinicName":"North"}}');
    const policy = load();
    expect(policy.settingsPolicy).toEqual({ attract: { clinicName: 'North' } });
    expect(policyNotice(policy)).toMatch(
      /^The managed policy key "idle\.quietSeconds": Too small.*\(ignored; the rest of the file is applied\)\.$/,
    );
    expect(log.error).toHaveBeenCalledWith(expect.stringMatching(/1 key\(s\) refused/));
  });

  describe('a file that cannot be read at all keeps the last good policy', () => {
    beforeEach(() => {
      writeFileSync(policyFile, JSON.stringify(GOOD));
      load();
    });

    it.each([
      ['truncated JSON', () => writeFileSync(policyFile, '{"languages":{"offered":["en"')],
      ['an empty file', () => writeFileSync(policyFile, '')],
      ['bytes that are no text', () => writeFileSync(policyFile, Buffer.from([0x7b, 0xc3, 0x28, 0x7d]))],
      ['a folder in its place', () => (rmSync(policyFile), mkdirSync(policyFile))],
      ['a list instead of an object', () => writeFileSync(policyFile, '[]')],
    ])('%s', (_name, damage) => {
      damage();
      const policy = load();
      expect(policy.source).toBe('last-good');
      expect(policy.settingsPolicy).toEqual({ languages: { offered: ['en', 'es'] }, idle: { quietSeconds: 60 } });
      expect(policy.machine).toEqual({ recordings: { folder: '/srv/voices' } });
      expect(policyNotice(policy)).toMatch(
        /could not be read .*the last policy that could be read .* stays in force\./,
      );
    });

    it('a file missing where --policy= pointed is unreadable too', () => {
      rmSync(policyFile);
      expect(load(true).source).toBe('last-good');
    });

    it('without a good last copy, nothing can be applied, and staff are told', () => {
      writeFileSync(policyFile, '{"idle":');
      writeFileSync(cacheFile, '{"settingsPolicy":{"idle":{"quietSeconds":"x"}}}');
      const policy = load();
      expect(policy).toMatchObject({ settingsPolicy: null, source: 'none' });
      expect(policyNotice(policy)).toMatch(/could not be read .*no policy is applied\.$/);
    });
  });

  it('an explicit path refused as not administrator-only is reported with the default place used', () => {
    const policy = loadManagedPolicy(
      {
        path: path.join(dir, 'none.json'),
        explicit: false,
        refused: 'The policy path given by --policy= (/tmp/p.json) is ignored: x.',
      },
      { cacheFile, log, platform: 'linux' },
    );
    expect(policy.problems).toEqual(['The policy path given by --policy= (/tmp/p.json) is ignored: x.']);
    expect(log.error).toHaveBeenCalledTimes(1);
  });
});
