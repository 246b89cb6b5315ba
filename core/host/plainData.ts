/**
 * IPC's structured clone delivers Dates, Maps, Sets, RegExps and typed arrays, and
 * zod would read a Date or a Map as an empty object. Host-call arguments are plain
 * JSON-like data only, and not absurdly deep, so anything else is refused before
 * any schema runs. Keys that name the prototype chain are refused too: zod's records
 * skip a `__proto__` key silently, which would turn a hostile payload into a quiet no-op.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const MAX_ARGUMENT_DEPTH = 16;

export function plainDataProblem(value: unknown, depth = 0): string | null {
  if (
    value === null ||
    value === undefined ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    typeof value === 'number'
  )
    return null;
  if (typeof value !== 'object') return `${typeof value} values are not accepted`;
  if (depth >= MAX_ARGUMENT_DEPTH) return 'nested too deeply';
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = plainDataProblem(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    return `${Object.prototype.toString.call(value)} is not plain data`;
  for (const [key, item] of Object.entries(value)) {
    if (PROTOTYPE_KEYS.has(key)) return `the key "${key}" is not accepted`;
    const problem = plainDataProblem(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}
