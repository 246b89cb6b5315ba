import { describe, expect, it } from 'vitest';
import { MAX_ARGUMENT_DEPTH, plainDataProblem } from '../../core/host/plainData';
import { validateCallArgument } from '../../core/host/validateCall';

describe('host-call arguments must be plain data', () => {
  it('accepts JSON-like values, including null-prototype objects', () => {
    for (const value of [undefined, null, 1, 'a', true, [1, 'a'], { a: { b: [null] } }, Object.create(null)])
      expect(plainDataProblem(value)).toBeNull();
  });

  it.each([new Date(0), new Map(), new Set(), /re/, new Uint8Array(1), 10n, { when: new Date(0) }, [new Map()]])(
    'refuses %o',
    (value) => {
      expect(plainDataProblem(value)).not.toBeNull();
    },
  );

  it.each(['{"__proto__": []}', '{"a": {"constructor": 1}}', '[{"prototype": {}}]'])(
    'refuses prototype-chain keys anywhere: %s',
    (json) => {
      expect(plainDataProblem(JSON.parse(json))).toMatch(
        /^the key "(__proto__|constructor|prototype)" is not accepted$/,
      );
    },
  );

  it('a __proto__ key inside a record (which zod would skip silently) is refused before the schema', () => {
    const patch = JSON.parse('{"takeHome": {"qrHeadings": {"__proto__": ["x"]}}}');
    expect(validateCallArgument('updateSettings', patch)).toMatchObject({ ok: false });
  });

  it('refuses absurd nesting', () => {
    let deep: unknown = {};
    for (let i = 0; i < MAX_ARGUMENT_DEPTH; i += 1) deep = { d: deep };
    expect(plainDataProblem(deep)).toBe('nested too deeply');
  });

  it('a Date where an options object is expected is refused, not read as {}', () => {
    expect(validateCallArgument('getUsage', new Date(0))).toEqual({
      ok: false,
      error: 'invalid argument for getUsage: [object Date] is not plain data',
    });
    expect(validateCallArgument('getUsage', {}).ok).toBe(true);
  });
});

describe('host-call arguments are small', () => {
  it.each([
    ['a list of a million items', () => Array.from({ length: 1_000_000 }, () => 1), /more than 2000 values/],
    [
      'an object with 10,000 keys',
      () => Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])),
      /values/,
    ],
    ['a 10 MB string', () => 'x'.repeat(10_000_000), /characters of text/],
    ['a 10 MB key', () => ({ ['k'.repeat(10_000_000)]: 1 }), /characters of text/],
    ['many medium strings', () => Array.from({ length: 100 }, () => 'y'.repeat(1_000)), /characters of text/],
  ])('refuses %s', (_name, make, reason) => {
    expect(plainDataProblem(make())).toMatch(reason);
  });

  it('accepts the largest real argument: every setting at its longest', () => {
    const everything = {
      languages: {
        offered: [
          'en',
          'es',
          'zh-Hans',
          'zh-Hant',
          'vi',
          'tl',
          'ko',
          'ru',
          'ar',
          'ht',
          'fr',
          'pt',
          'pl',
          'hi',
          'fa',
          'so',
        ],
      },
      attract: { clinicName: 'c'.repeat(80) },
      takeHome: {
        qrHeadings: Object.fromEntries(['en', 'es', 'fr', 'ar'].map((code) => [code, 'h'.repeat(120)])),
        printer: 'p'.repeat(200),
      },
    };
    expect(plainDataProblem(everything)).toBeNull();
    expect(validateCallArgument('updateSettings', everything).ok).toBe(true);
  });

  it('names an unknown call, or a bad key, in a short message however long it is', () => {
    const unknown = validateCallArgument('x'.repeat(1_000_000), undefined);
    expect(!unknown.ok && unknown.error.length).toBeLessThan(150);
    const badKey = validateCallArgument('ping', { nonce: 'a', ['k'.repeat(50_000)]: 1 });
    expect(!badKey.ok && badKey.error.length).toBeLessThan(400);
  });
});
