import { clip } from '../clip';

/**
 * IPC's structured clone delivers Dates, Maps, Sets, RegExps and typed arrays, and zod would
 * read a Date or a Map as an empty object. Host-call arguments are plain JSON-like data only,
 * not absurdly deep, and small: the largest real argument (a full settings change) is a few KB.
 * Anything else is refused before any schema runs, in time bounded by the limits (a 10⁶-item
 * list or a 10 MB string is refused at once, never walked). Keys that name the prototype chain
 * are refused too: zod's records skip a `__proto__` key silently.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const MAX_ARGUMENT_DEPTH = 16;
/** Values (objects, lists and leaves) in one argument. */
export const MAX_ARGUMENT_NODES = 2_000;
/** Characters in all the argument's strings and keys together. */
export const MAX_ARGUMENT_TEXT = 64 * 1024;

interface Budget {
  nodes: number;
  text: number;
}

function spend(budget: Budget, nodes: number, text: number): string | null {
  budget.nodes += nodes;
  budget.text += text;
  if (budget.nodes > MAX_ARGUMENT_NODES) return `more than ${MAX_ARGUMENT_NODES} values`;
  if (budget.text > MAX_ARGUMENT_TEXT) return `more than ${MAX_ARGUMENT_TEXT} characters of text`;
  return null;
}

function walk(value: unknown, depth: number, budget: Budget): string | null {
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number')
    return spend(budget, 1, 0);
  if (typeof value === 'string') return spend(budget, 1, value.length);
  if (typeof value !== 'object') return `${typeof value} values are not accepted`;
  if (depth >= MAX_ARGUMENT_DEPTH) return 'nested too deeply';
  if (Array.isArray(value)) {
    const tooMany = spend(budget, 1 + value.length, 0);
    if (tooMany) return tooMany;
    budget.nodes -= value.length;
    for (const item of value) {
      const problem = walk(item, depth + 1, budget);
      if (problem) return problem;
    }
    return null;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    return `${Object.prototype.toString.call(value)} is not plain data`;
  const tooMany = spend(budget, 1, 0);
  if (tooMany) return tooMany;
  // for…in stops at the first problem; Object.entries would first copy every key of a huge object.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (PROTOTYPE_KEYS.has(key)) return `the key "${key}" is not accepted`;
    const overBudget = spend(budget, 0, key.length);
    if (overBudget) return overBudget;
    const problem = walk((value as Record<string, unknown>)[key], depth + 1, budget);
    if (problem) return problem;
  }
  return null;
}

/** Why a value cannot be a host-call argument, in a short line, or null when it can. */
export function plainDataProblem(value: unknown): string | null {
  const problem = walk(value, 0, { nodes: 0, text: 0 });
  return problem === null ? null : clip(problem);
}
