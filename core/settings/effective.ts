import type { z } from 'zod';
import { leafPaths, mergeSettings, sameValue, valueAt } from './merge';
import type { Policy, SettingsPatch } from './patch';
import { SettingsSchema, type Settings } from './schema';

export interface Effective {
  settings: Settings;
  /** Dotted paths the policy fixes, e.g. "languages.offered", "idle.quietSeconds". */
  lockedPaths: string[];
  /** Set when a policy was given but could not be applied; the policy is then ignored. */
  policyProblem: string | null;
}

function withoutVersion(policy: Policy): SettingsPatch {
  const { version: _version, ...rest } = policy;
  void _version;
  return rest;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'rejected'}`;
}

/**
 * A policy that narrows the offered languages may leave a saved default outside
 * them; unless the policy also fixes the default, the first offered language takes over.
 */
function overlay(base: Settings, policy: SettingsPatch, locked: readonly string[]): z.ZodSafeParseResult<Settings> {
  const merged = mergeSettings(base, policy) as Settings;
  if (
    !locked.includes('languages.default') &&
    Array.isArray(merged.languages.offered) &&
    !merged.languages.offered.includes(merged.languages.default)
  ) {
    const first = merged.languages.offered[0];
    if (first) merged.languages.default = first;
  }
  return SettingsSchema.safeParse(merged);
}

/** defaults ← saved ← policy. The policy wins wherever it speaks, and those paths are locked. */
export function effectiveSettings(defaults: Settings, saved: Settings | null, policy: Policy | null): Effective {
  const base = saved ?? defaults;
  if (!policy) return { settings: base, lockedPaths: [], policyProblem: null };
  const patch = withoutVersion(policy);
  const lockedPaths = leafPaths(patch);
  const onSaved = overlay(base, patch, lockedPaths);
  if (onSaved.success) return { settings: onSaved.data, lockedPaths, policyProblem: null };
  // The saved layer may clash with the policy in a way no fix-up resolves; the policy still wins over defaults.
  const onDefaults = overlay(defaults, patch, lockedPaths);
  if (onDefaults.success) return { settings: onDefaults.data, lockedPaths, policyProblem: null };
  return { settings: base, lockedPaths: [], policyProblem: firstIssue(onDefaults.error) };
}

/**
 * Why a policy cannot be laid over the defaults, and where (e.g. a default language it does not
 * offer), or null when it can. The policy loader drops the leaves at that path and tries again,
 * so one contradiction never unlocks the rest of the policy.
 */
export function policyConflict(defaults: Settings, policy: Policy): { path: string; message: string } | null {
  const patch = withoutVersion(policy);
  const applied = overlay(defaults, patch, leafPaths(patch));
  if (applied.success) return null;
  const issue = applied.error.issues[0];
  return { path: issue ? issue.path.map(String).join('.') : '', message: issue?.message ?? 'rejected' };
}

export type UpdateResult = { ok: true; saved: Settings } | { ok: false; error: string };

/** Whether two dotted paths overlap: the same, or one inside the other. */
export function touches(path: string, locked: string): boolean {
  return path === locked || path.startsWith(`${locked}.`) || locked.startsWith(`${path}.`);
}

/**
 * Applies a staff change to the saved layer. Rejected, with nothing changed, when it
 * would alter a policy-locked value or leave settings that break the schema's rules.
 */
export function applySettingsUpdate(
  defaults: Settings,
  saved: Settings | null,
  policy: Policy | null,
  patch: SettingsPatch,
): UpdateResult {
  const current = effectiveSettings(defaults, saved, policy);
  for (const path of leafPaths(patch)) {
    const locked = current.lockedPaths.find((l) => touches(path, l));
    if (locked !== undefined && !sameValue(valueAt(patch, path), valueAt(current.settings, path))) {
      return { ok: false, error: `"${locked}" is set by the managed policy and cannot be changed here` };
    }
  }
  const inForce = SettingsSchema.safeParse(mergeSettings(current.settings, patch));
  if (!inForce.success) return { ok: false, error: `invalid settings: ${firstIssue(inForce.error)}` };
  const nextSaved = SettingsSchema.safeParse(mergeSettings(saved ?? defaults, patch));
  if (!nextSaved.success) return { ok: false, error: `invalid settings: ${firstIssue(nextSaved.error)}` };
  return { ok: true, saved: nextSaved.data };
}
