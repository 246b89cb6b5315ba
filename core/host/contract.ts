import { z } from 'zod';
import type { HostCallName } from './channels';
import { LogRequestSchema, RecentProblemsSchema } from '../log/entry';
import { PIN_PATTERN } from '../pin/format';
import { PinStatusSchema, SetPinResultSchema, VerifyResultSchema } from '../pin/results';
import { SettingsPatchSchema } from '../settings/patch';
import { SettingsViewSchema } from '../settings/view';
import { PatientEventSchema } from '../usage/events';
import { SCREEN_IDS } from '../screens';
import { UsageSummarySchema, USAGE_RETENTION_DAYS } from '../usage/summary';
import { RecordingsManifestSchema } from '../recordings/manifest';
import { VoiceCheckSchema } from '../speech/voiceCheck';

export { HOST_CALL_NAMES, channelFor, BRIDGE_GLOBAL, type HostCallName } from './channels';
export type { SettingsView } from '../settings/view';

/**
 * The host contract: every call the UI makes of its host, with the schema of its argument and
 * of its result, and who may make it. Electron (preload + main) and the browser host both
 * implement exactly this map through one dispatcher (core/host/dispatch.ts); nothing else
 * crosses the process boundary. How to add a call: docs/host-contract.md.
 *
 * `kind` is the authority rule, in this one place:
 * - `patient`: anyone at the screen may call it (the kiosk's own page needs it without a PIN);
 * - `staff`: refused unless this page holds a staff session, which a right PIN opens
 *   (`session: 'opens'`: when the call answers `ok: true`) and `endStaffSession` closes.
 */
export const HostKindSchema = z.enum(['electron', 'browser']);
export type HostKind = z.infer<typeof HostKindSchema>;

/** What this host can do; the UI asks these, never which host it is. */
export const CapabilitiesSchema = z.strictObject({
  /** Leave kiosk mode to the desktop (Electron kiosk). */
  canQuit: z.boolean(),
  /** saveUsageCsv opens a save dialog and writes a file where staff choose (else it downloads). */
  canSaveFile: z.boolean(),
  /** Print silently to a named printer. */
  canPrint: z.boolean(),
});
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

export const AppInfoSchema = z.strictObject({
  name: z.string().max(200),
  version: z.string().max(100),
  /** For diagnostics and `<html data-host>` only: the UI decides by `capabilities`. */
  host: HostKindSchema,
  /** True when the shell is locked down full-screen (Electron kiosk mode). */
  kiosk: z.boolean(),
  platform: z.string().max(100),
  capabilities: CapabilitiesSchema,
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

const NoArgument = z.undefined();
const Done = z.strictObject({ ok: z.boolean() });

export type CallKind = 'patient' | 'staff';
interface CallSpec {
  arg: z.ZodType;
  result: z.ZodType;
  kind: CallKind;
  /** `opens`: an `ok: true` answer opens a staff session for the caller; `closes`: the call ends it. */
  session?: 'opens' | 'closes';
}

/** A PIN as typed on the pad; anything else is a malformed payload, not a wrong guess. */
const PinDigitsSchema = z.string().regex(PIN_PATTERN);

export const hostContract = {
  getAppInfo: { arg: NoArgument, result: AppInfoSchema, kind: 'patient' },
  ping: {
    arg: z.strictObject({ nonce: z.string().min(1).max(64) }),
    result: z.strictObject({ nonce: z.string().max(64), receivedAt: z.number().int().nonnegative() }),
    kind: 'patient',
  },
  // Staff PIN: the host keeps the salted hash; the renderer only ever learns yes/no and the lock-out.
  getPinStatus: { arg: NoArgument, result: PinStatusSchema, kind: 'patient' },
  // Self-authenticating: without a PIN yet (first run) it needs nothing; to change one it needs the current PIN.
  setPin: {
    arg: z.strictObject({ newPin: PinDigitsSchema, currentPin: PinDigitsSchema.optional() }),
    result: SetPinResultSchema,
    kind: 'patient',
    session: 'opens',
  },
  verifyPin: {
    arg: z.strictObject({ pin: PinDigitsSchema }),
    result: VerifyResultSchema,
    kind: 'patient',
    session: 'opens',
  },
  // Leaving staff mode (or the idle reset) says so, so the host stops honouring staff calls at once.
  endStaffSession: {
    arg: NoArgument,
    result: z.strictObject({ ok: z.literal(true) }),
    kind: 'patient',
    session: 'closes',
  },
  // Settings and usage counts (see docs/host-contract.md). Rejections (locked path, invalid merge) throw.
  // Reading settings is a patient call: the kiosk needs its languages and timings before anyone signs in.
  getSettings: { arg: NoArgument, result: SettingsViewSchema, kind: 'patient' },
  updateSettings: { arg: SettingsPatchSchema, result: SettingsViewSchema, kind: 'staff' },
  recordUsage: { arg: PatientEventSchema, result: z.strictObject({ ok: z.literal(true) }), kind: 'patient' },
  getUsage: {
    arg: z.strictObject({ days: z.number().int().min(1).max(USAGE_RETENTION_DAYS).optional() }).optional(),
    result: UsageSummarySchema,
    kind: 'staff',
  },
  exportUsageCsv: {
    arg: NoArgument,
    result: z.strictObject({ csv: z.string(), suggestedFileName: z.string().max(100) }),
    kind: 'staff',
  },
  saveUsageCsv: {
    arg: NoArgument,
    result: z.strictObject({ saved: z.boolean(), path: z.string().max(4096).optional() }),
    kind: 'staff',
  },
  restartApp: { arg: NoArgument, result: Done, kind: 'staff' },
  quitKiosk: { arg: NoArgument, result: Done, kind: 'staff' },
  // The renderer's "I am alive" every 10 s; main reloads it if these stop (see main/decisions/heartbeatPolicy.ts).
  heartbeat: {
    arg: z.strictObject({ screen: z.enum(SCREEN_IDS) }),
    result: z.strictObject({ ok: z.literal(true) }),
    kind: 'patient',
  },
  // Renderer log lines into the host's log (rate-limited: a page in a loop cannot flood the disk).
  log: { arg: LogRequestSchema, result: z.strictObject({ logged: z.boolean() }), kind: 'patient' },
  getRecentProblems: { arg: NoArgument, result: RecentProblemsSchema, kind: 'staff' },
  // Read-aloud (docs/accessibility.md): the clinic's recordings main found at start, served under recordings/;
  // and what a patient can hear per language, which main keeps for the monitoring output. Both are made
  // by the patient screens at start (no PIN), and neither reveals or changes anything staff own.
  getRecordings: { arg: NoArgument, result: RecordingsManifestSchema, kind: 'patient' },
  reportVoiceCheck: { arg: VoiceCheckSchema, result: z.strictObject({ ok: z.literal(true) }), kind: 'patient' },
} as const satisfies Record<HostCallName, CallSpec>;

// Compile-time check: a schema with no name in channels.ts (or the reverse) fails here.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractNamesMatch: Exact<keyof typeof hostContract, HostCallName> = true;
void contractNamesMatch;

export type HostContract = typeof hostContract;
export type HostCallArg<K extends HostCallName> = z.input<HostContract[K]['arg']>;
export type HostCallResult<K extends HostCallName> = z.output<HostContract[K]['result']>;

/** The calls a page may make only inside a staff session. */
export const STAFF_CALLS = (Object.keys(hostContract) as HostCallName[]).filter(
  (name) => hostContract[name].kind === 'staff',
);

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
