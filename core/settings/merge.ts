import type { Settings } from './schema';
import type { Policy, SettingsPatch } from './patch';

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys that must never be copied from outside data, whatever a schema let through. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Deep-merges a patch onto a base. Objects merge key by key; arrays and scalars
 * replace; undefined leaves the base value. Returns new objects, never mutating either.
 */
function mergeValue(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return structuredClone(base);
  if (!isPlainObject(patch) || !isPlainObject(base)) return structuredClone(patch);
  const merged: Plain = structuredClone(base);
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(key) || value === undefined) continue;
    merged[key] = mergeValue(base[key], value);
  }
  return merged;
}

/** The merged object is unvalidated: callers check it with SettingsSchema. */
export function mergeSettings(base: Settings, patch: SettingsPatch | Policy): unknown {
  return mergeValue(base, patch);
}

/** Dotted paths of every value a patch or policy sets (arrays count as one value). */
export function leafPaths(patch: unknown, prefix = ''): string[] {
  if (!isPlainObject(patch)) return prefix ? [prefix] : [];
  return Object.entries(patch).flatMap(([key, value]) =>
    value === undefined || FORBIDDEN_KEYS.has(key) ? [] : leafPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** Reads a dotted path out of settings-like data. */
export function valueAt(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (isPlainObject(node) && Object.hasOwn(node, key) ? node[key] : undefined), data);
}

/** Structural equality for JSON-like values (settings never hold anything else). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
