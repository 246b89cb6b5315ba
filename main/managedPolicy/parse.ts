import { z } from 'zod';
import { clip } from '../../core/clip';
import { policyConflict, touches } from '../../core/settings/effective';
import { migratePolicy } from '../../core/settings/migrate';
import { PolicySchema, type Policy } from '../../core/settings/patch';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../core/settings/schema';
import { decodePolicyBytes } from './decode';
import { checkLeaves, isPlain, nest } from './leaves';

/**
 * The machine section of the policy: where this kiosk puts or finds things on disk. Not settings:
 * nothing here is shown or locked in staff mode. Every path must be absolute.
 */
export interface MachinePolicy {
  /** Folder node_exporter's textfile collector reads; the kiosk writes its Prometheus metrics there. */
  monitoring?: { textfileDirectory: string };
  /** Folder of the clinic's own voice recordings, served to the renderer. */
  recordings?: { folder: string };
}

export const MACHINE_KEYS = ['monitoring', 'recordings'] as const;

export interface ParsedPolicy {
  /** The settings the policy fixes (each one locked in staff mode), or null when it fixes none. */
  settingsPolicy: Policy | null;
  machine: MachinePolicy;
  /** One line per key that was refused (the rest of the file is applied). */
  problems: string[];
}

export type PolicyParse = { ok: true; policy: ParsedPolicy } | { ok: false; reason: string };

function isAbsoluteFor(platform: string, value: string): boolean {
  if (platform === 'win32') return /^[A-Za-z]:[\\/]/.test(value) || /^\\\\[^\\]+\\[^\\]+/.test(value);
  return value.startsWith('/');
}

export function machineSchema(platform: string) {
  const absolutePath = z
    .string()
    .min(1)
    .max(1024)
    .refine((value) => !value.includes('\0'), 'must not contain a NUL character')
    .refine((value) => isAbsoluteFor(platform, value), 'must be an absolute path');
  return z.strictObject({
    monitoring: z.strictObject({ textfileDirectory: absolutePath }).optional(),
    recordings: z.strictObject({ folder: absolutePath }).optional(),
  });
}

/** Drops the leaves a cross-field rule refuses (e.g. a default language the policy does not offer), one conflict at a time. */
function resolveConflicts(policy: Policy, paths: string[], problems: string[]): Policy | null {
  let current: Policy = policy;
  let kept = paths;
  for (let round = 0; round <= paths.length; round += 1) {
    const conflict = policyConflict(DEFAULT_SETTINGS, current);
    if (!conflict) return kept.length > 0 ? current : null;
    const dropped = kept.filter((path) => touches(path, conflict.path));
    const removing = dropped.length > 0 ? dropped : kept;
    problems.push(...removing.map((path) => `"${path}": ${clip(conflict.message)}`));
    kept = kept.filter((path) => !removing.includes(path));
    if (kept.length === 0) return null;
    const rebuilt: Record<string, unknown> = {};
    for (const path of kept) mergeInto(rebuilt, nest(path.split('.'), valueAtPath(current, path)));
    current = rebuilt as Policy;
  }
  return null;
}

function valueAtPath(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isPlain(node) ? node[key] : undefined), data);
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isPlain(existing) && isPlain(value)) mergeInto(existing, value);
    else target[key] = value;
  }
}

/** Splits a policy object into settings and machine keys and checks each key on its own. */
export function parsePolicyObject(raw: unknown, platform: string): PolicyParse {
  if (!isPlain(raw)) return { ok: false, reason: 'the file does not hold a JSON object' };
  const problems: string[] = [];
  const migrated = migratePolicy(raw);
  const source = isPlain(migrated) ? migrated : raw;
  const { version, ...rest } = source;
  if (version !== undefined && version !== SETTINGS_VERSION)
    problems.push(
      `"version": ${clip(JSON.stringify(version) ?? 'undefined')} is not a known policy version; the keys this version understands are applied`,
    );
  const machineRaw: Record<string, unknown> = {};
  const settingsRaw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if ((MACHINE_KEYS as readonly string[]).includes(key)) machineRaw[key] = value;
    else settingsRaw[key] = value;
  }
  const machine = checkLeaves(machineRaw, machineSchema(platform));
  const settings = checkLeaves(settingsRaw, PolicySchema);
  problems.push(...settings.problems, ...machine.problems);
  const settingsPolicy = settings.accepted
    ? resolveConflicts(settings.accepted as Policy, settings.paths, problems)
    : null;
  return {
    ok: true,
    policy: { settingsPolicy, machine: (machine.accepted ?? {}) as MachinePolicy, problems },
  };
}

/** Policy file bytes → the keys that hold, and a line for each that does not; `ok: false` only when no object can be read at all. */
export function parsePolicyBytes(bytes: Uint8Array, platform: string): PolicyParse {
  const decoded = decodePolicyBytes(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') return { ok: false, reason: 'the file is empty' };
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch {
    return { ok: false, reason: `the file is not valid JSON (${decoded.encoding}; truncated or damaged)` };
  }
  return parsePolicyObject(json, platform);
}
