import { hostContract, type HostApi, type HostCallName, type HostImplementation } from '../../core/host/contract';
import { validateCallArgument } from '../../core/host/validateCall';
import { createBrowserPinService } from './browserPin';
import { createBrowserDataCalls } from './browserData';

/**
 * The host for plain Chromium (demos, tablets, tests): the same contract as
 * Electron, kept in localStorage. Arguments are validated exactly as main does.
 */
export function createBrowserImplementation(): HostImplementation {
  const pin = createBrowserPinService();
  return {
    getAppInfo: () => ({
      name: __APP_NAME__,
      version: __APP_VERSION__,
      host: 'browser',
      kiosk: false,
      platform: navigator.platform || 'web',
    }),
    ping: ({ nonce }) => ({ nonce, receivedAt: Date.now() }),
    // No main process to watch over a browser tab: the argument is validated, nothing else.
    heartbeat: () => ({ ok: true as const }),
    getPinStatus: () => pin.getPinStatus(),
    setPin: ({ newPin, currentPin }) => pin.setPin(newPin, currentPin),
    verifyPin: ({ pin: attempt }) => pin.verifyPin(attempt),
    ...createBrowserDataCalls(),
  };
}

/** Wraps an implementation as the UI-facing API, validating arguments and results. */
export function asHostApi(implementation: HostImplementation): HostApi {
  const call = async (name: HostCallName, raw: unknown) => {
    const check = validateCallArgument(name, raw);
    if (!check.ok) throw new Error(check.error);
    const run = implementation[name] as (arg: unknown) => unknown;
    return hostContract[name].result.parse(await run(check.arg));
  };
  return Object.fromEntries(
    Object.keys(implementation).map((name) => [name, (arg?: unknown) => call(name as HostCallName, arg)]),
  ) as unknown as HostApi;
}
