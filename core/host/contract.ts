import { z } from 'zod';
import type { HostCallName } from './channels';

export { HOST_CALL_NAMES, channelFor, BRIDGE_GLOBAL, type HostCallName } from './channels';

/**
 * The host contract: every call the UI makes of its host, with the schema of its
 * argument and of its result. Electron (preload + main) and the browser host both
 * implement exactly this map; nothing else crosses the process boundary.
 *
 * To add a call: add an entry here. The preload, main's handler registration and
 * the browser host are all typed from this map, so the compiler lists what is missing.
 */
export const HostKindSchema = z.enum(['electron', 'browser']);
export type HostKind = z.infer<typeof HostKindSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: HostKindSchema,
  /** True when the shell is locked down full-screen (Electron kiosk mode). */
  kiosk: z.boolean(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

const NoArgument = z.undefined();

export const hostContract = {
  getAppInfo: { arg: NoArgument, result: AppInfoSchema },
  ping: {
    arg: z.strictObject({ nonce: z.string().min(1).max(64) }),
    result: z.strictObject({ nonce: z.string(), receivedAt: z.number().int().nonnegative() }),
  },
} as const satisfies Record<HostCallName, { arg: z.ZodType; result: z.ZodType }>;

// Compile-time check: a schema with no name in channels.ts (or the reverse) fails here.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractNamesMatch: Exact<keyof typeof hostContract, HostCallName> = true;
void contractNamesMatch;

export type HostContract = typeof hostContract;
export type HostCallArg<K extends HostCallName> = z.input<HostContract[K]['arg']>;
export type HostCallResult<K extends HostCallName> = z.output<HostContract[K]['result']>;

/** The UI-facing shape: one named async function per call (no-argument calls take none). */
export type HostApi = {
  [K in HostCallName]: undefined extends HostCallArg<K>
    ? (arg?: HostCallArg<K>) => Promise<HostCallResult<K>>
    : (arg: HostCallArg<K>) => Promise<HostCallResult<K>>;
};

/** Server-side shape: what main and the browser host implement (already-validated argument in). */
export type HostImplementation = {
  [K in HostCallName]: (arg: z.output<HostContract[K]['arg']>) => Promise<HostCallResult<K>> | HostCallResult<K>;
};

