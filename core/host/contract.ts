import { z } from 'zod';
import type { HostCallName } from './channels';
import { PIN_PATTERN } from '../pin/format';
import { SettingsSchema } from '../settings/schema';
import { SettingsPatchSchema } from '../settings/patch';
import { PatientEventSchema } from '../usage/events';
import { SCREEN_IDS } from '../screens';
import { UsageSummarySchema, USAGE_RETENTION_DAYS } from '../usage/summary';

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

/** Settings in force (defaults ← saved ← policy), which dotted paths a policy locks, and any staff notice. */
export const SettingsViewSchema = z.strictObject({
  settings: SettingsSchema,
  lockedPaths: z.array(z.string()),
  notice: z.string().nullable(),
});
export type SettingsView = z.infer<typeof SettingsViewSchema>;
const Done = z.strictObject({ ok: z.boolean() });

/** A PIN as typed on the pad; anything else is a malformed payload, not a wrong guess. */
const PinDigitsSchema = z.string().regex(PIN_PATTERN);
const LockedUntilSchema = z.number().int().nullable();

export const hostContract = {
  getAppInfo: { arg: NoArgument, result: AppInfoSchema },
  ping: {
    arg: z.strictObject({ nonce: z.string().min(1).max(64) }),
    result: z.strictObject({ nonce: z.string(), receivedAt: z.number().int().nonnegative() }),
  },
  // Staff PIN: the host keeps the salted hash; the renderer only ever learns yes/no and the lock-out.
  getPinStatus: {
    arg: NoArgument,
    result: z.strictObject({
      isSet: z.boolean(),
      lockedUntil: LockedUntilSchema,
      failedAttempts: z.number().int().nonnegative(),
    }),
  },
  setPin: {
    arg: z.strictObject({ newPin: PinDigitsSchema, currentPin: PinDigitsSchema.optional() }),
    result: z.strictObject({
      ok: z.boolean(),
      error: z.enum(['invalid-format', 'current-pin-required', 'wrong-current-pin', 'locked']).optional(),
    }),
  },
  verifyPin: {
    arg: z.strictObject({ pin: PinDigitsSchema }),
    result: z.strictObject({
      ok: z.boolean(),
      lockedUntil: LockedUntilSchema,
      attemptsLeft: z.number().int().nonnegative(),
    }),
  },
  // Settings and usage counts (see docs/host-contract.md). Rejections (locked path, invalid merge) throw.
  getSettings: { arg: NoArgument, result: SettingsViewSchema },
  updateSettings: { arg: SettingsPatchSchema, result: SettingsViewSchema },
  recordUsage: { arg: PatientEventSchema, result: z.strictObject({ ok: z.literal(true) }) },
  getUsage: {
    arg: z.strictObject({ days: z.number().int().min(1).max(USAGE_RETENTION_DAYS).optional() }).optional(),
    result: UsageSummarySchema,
  },
  exportUsageCsv: { arg: NoArgument, result: z.strictObject({ csv: z.string(), suggestedFileName: z.string() }) },
  saveUsageCsv: { arg: NoArgument, result: z.strictObject({ saved: z.boolean(), path: z.string().optional() }) },
  restartApp: { arg: NoArgument, result: Done },
  quitKiosk: { arg: NoArgument, result: Done },
  // The renderer's "I am alive" every 10 s; main reloads it if these stop (see main/decisions/heartbeatPolicy.ts).
  heartbeat: { arg: z.strictObject({ screen: z.enum(SCREEN_IDS) }), result: z.strictObject({ ok: z.literal(true) }) },
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
