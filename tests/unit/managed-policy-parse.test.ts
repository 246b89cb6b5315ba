import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../core/settings/effective';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { decodePolicyBytes } from '../../main/managedPolicy/decode';
import { parsePolicyBytes, parsePolicyObject } from '../../main/managedPolicy/parse';
import { ENCODINGS, FULL_POLICY, FULL_POLICY_PATHS, nearValidVariants } from './support/policyVariants';

const parse = (text: string, platform = 'linux') => parsePolicyBytes(new TextEncoder().encode(text), platform);
const lockedBy = (policy: Parameters<typeof effectiveSettings>[2]) =>
  effectiveSettings(DEFAULT_SETTINGS, null, policy).lockedPaths;

describe('policy bytes: every encoding an IT tool writes is the same policy', () => {
  it.each(ENCODINGS.map((e) => [e.name, e]))('%s', (_name, encoding) => {
    const decoded = decodePolicyBytes(encoding.encode(JSON.stringify(FULL_POLICY)));
    expect(decoded.ok && JSON.parse(decoded.text)).toEqual(FULL_POLICY);
  });

  it('refuses bytes that are no text, and files far larger than a policy', () => {
    expect(decodePolicyBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])).ok).toBe(false);
    expect(decodePolicyBytes(new Uint8Array(70_000).fill(0x20))).toEqual({
      ok: false,
      reason: expect.stringMatching(/more than a policy can be/),
    });
  });
});

describe('each key is checked on its own', () => {
  it('a full valid policy locks every path it names, with no problems', () => {
    const result = parse(JSON.stringify(FULL_POLICY));
    expect(result.ok && result.policy.problems).toEqual([]);
    expect(result.ok && lockedBy(result.policy.settingsPolicy)).toEqual(FULL_POLICY_PATHS);
  });

  it('one bad value refuses that key only, and says which and why', () => {
    const result = parse('{"idle":{"quietSeconds":1,"warningSeconds":30},"languages":{"offered":["en","es"]}}');
    if (!result.ok) throw new Error(result.reason);
    expect(result.policy.settingsPolicy).toEqual({
      idle: { warningSeconds: 30 },
      languages: { offered: ['en', 'es'] },
    });
    expect(result.policy.problems).toEqual([expect.stringMatching(/^"idle\.quietSeconds": Too small/)]);
  });

  it('unknown keys anywhere are refused one by one; the known ones stay', () => {
    const result = parse('{"kiosk":false,"pin":"1234","attract":{"clinicName":"North","colour":"red"}}');
    if (!result.ok) throw new Error(result.reason);
    expect(result.policy.settingsPolicy).toEqual({ attract: { clinicName: 'North' } });
    expect(result.policy.problems.map((p) => p.split(':')[0])).toEqual(['"kiosk"', '"pin"', '"attract.colour"']);
  });

  it('a default language the policy does not offer is dropped; the offered list stays locked', () => {
    const result = parse('{"languages":{"offered":["en"],"default":"es","reviewedOnly":true}}');
    if (!result.ok) throw new Error(result.reason);
    expect(result.policy.settingsPolicy).toEqual({ languages: { offered: ['en'], reviewedOnly: true } });
    expect(result.policy.problems).toEqual(['"languages.default": the default language must be offered']);
    expect(lockedBy(result.policy.settingsPolicy)).toEqual(['languages.offered', 'languages.reviewedOnly']);
  });

  it('keeps a policy written for version 1 working, and applies the keys of an unknown version it understands', () => {
    const v1 = parse('{"version":1,"languages":{"default":"es"},"idle":{"finishReturnSeconds":30}}');
    expect(v1.ok && v1.policy).toEqual({
      settingsPolicy: { languages: { default: 'es' }, idle: { finishQuietSeconds: 90 } },
      machine: {},
      problems: [],
    });
    const future = parse('{"version":3,"idle":{"quietSeconds":60}}');
    expect(future.ok && future.policy.settingsPolicy).toEqual({ idle: { quietSeconds: 60 } });
    expect(future.ok && future.policy.problems).toEqual([expect.stringMatching(/^"version": 3 is not a known/)]);
  });

  it('only text that holds no JSON object is unreadable', () => {
    for (const text of ['', '  ', '{"idle":', '[1,2]', 'null', '"policy"'])
      expect(parse(text)).toEqual({ ok: false, reason: expect.any(String) });
  });

  it('never lets a key name the prototype chain', () => {
    const result = parsePolicyObject(JSON.parse('{"__proto__":{"polluted":true},"idle":{"quietSeconds":60}}'), 'linux');
    expect(result.ok && result.policy.settingsPolicy).toEqual({ idle: { quietSeconds: 60 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('clips a hostile key name in the problem it reports', () => {
    const result = parsePolicyObject({ ['k'.repeat(100_000)]: 1 }, 'linux');
    expect(result.ok && result.policy.problems[0]?.length).toBeLessThan(500);
  });
});

describe('the machine section: folders, never settings', () => {
  it('takes absolute folders and locks nothing for them', () => {
    const result = parse(
      '{"monitoring":{"textfileDirectory":"/var/lib/node_exporter"},"recordings":{"folder":"/srv/voices"},"idle":{"quietSeconds":60}}',
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.policy.machine).toEqual({
      monitoring: { textfileDirectory: '/var/lib/node_exporter' },
      recordings: { folder: '/srv/voices' },
    });
    expect(result.policy.settingsPolicy).toEqual({ idle: { quietSeconds: 60 } });
    expect(lockedBy(result.policy.settingsPolicy)).toEqual(['idle.quietSeconds']);
  });

  it.each([
    ['a relative folder', '{"recordings":{"folder":"voices"}}', /"recordings.folder": must be an absolute path/],
    ['an unknown machine key', '{"monitoring":{"port":9100}}', /"monitoring.port"/],
    ['a number for a folder', '{"monitoring":{"textfileDirectory":5}}', /"monitoring.textfileDirectory"/],
  ])('refuses %s and keeps the rest', (_name, text, problem) => {
    const result = parse(text);
    expect(result.ok && result.policy.machine).toEqual({});
    expect(result.ok && result.policy.problems).toEqual([expect.stringMatching(problem)]);
  });

  it('reads Windows folders on Windows', () => {
    const result = parse(
      String.raw`{"recordings":{"folder":"D:\\Voices"},"monitoring":{"textfileDirectory":"\\\\srv\\metrics"}}`,
      'win32',
    );
    expect(result.ok && result.policy.machine).toEqual({
      recordings: { folder: 'D:\\Voices' },
      monitoring: { textfileDirectory: '\\\\srv\\metrics' },
    });
    expect(parse('{"recordings":{"folder":"/srv/voices"}}', 'win32')).toMatchObject({
      ok: true,
      policy: { machine: {} },
    });
  });
});

describe('near-valid policy files keep their locks', () => {
  const variants = nearValidVariants();

  it(`every one of the near-valid variants locks every key that is still valid`, () => {
    const lost = variants.filter((variant) => {
      const result = parsePolicyBytes(variant.bytes, 'linux');
      if (!result.ok) return true;
      const locked = lockedBy(result.policy.settingsPolicy);
      return (
        !variant.validPaths.every((p) => locked.includes(p)) || locked.some((p) => !variant.validPaths.includes(p))
      );
    });
    console.log(
      `[policy] near-valid variants keeping their locks: ${variants.length - lost.length} of ${variants.length}`,
    );
    expect(variants.length).toBeGreaterThanOrEqual(400);
    expect(lost.map((v) => v.name)).toEqual([]);
  });
});
