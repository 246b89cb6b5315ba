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
