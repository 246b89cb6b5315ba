import { describe, expect, it } from 'vitest';
import { channelFor, HOST_CALL_NAMES, hostContract } from '../../core/host/contract';
import { validateCallArgument } from '../../core/host/validateCall';

describe('host contract', () => {
  it('has a schema for every call name and a unique namespaced channel each', () => {
    expect(Object.keys(hostContract).sort()).toEqual([...HOST_CALL_NAMES].sort());
    const channels = HOST_CALL_NAMES.map(channelFor);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^kiosk:[a-zA-Z]+$/);
  });

  it('accepts well-formed arguments', () => {
    expect(validateCallArgument('getAppInfo', undefined)).toEqual({ ok: true, arg: undefined, name: 'getAppInfo' });
    expect(validateCallArgument('ping', { nonce: 'n1' })).toEqual({ ok: true, arg: { nonce: 'n1' }, name: 'ping' });
  });

  it.each([
    ['ping', { nonce: 1 }],
    ['ping', { nonce: '' }],
    ['ping', { nonce: 'x'.repeat(65) }],
    ['ping', { nonce: 'a', extra: true }],
    ['ping', null],
    ['ping', 'nonce'],
    ['getAppInfo', { anything: 1 }],
  ])('rejects %s(%j) with a clear message', (name, arg) => {
    const result = validateCallArgument(name, arg);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(new RegExp(`invalid argument for ${name}`));
  });

  it('rejects unknown calls, including prototype names', () => {
    for (const name of ['send', 'constructor', '__proto__', 'toString', '']) {
      expect(validateCallArgument(name, undefined)).toEqual({ ok: false, error: `unknown host call "${name}"` });
    }
  });
});
