/**
 * Generates malformed host-call payloads for the IPC fuzz test. Every payload is
 * malformed *by construction* for the call it is made for — never classified by
 * running the contract's own schema, which would make the test prove nothing.
 *
 * Construction rules (all hold for every argument in the contract: every object is
 * strict, every number is a bounded integer ≥ 0, every string has a maximum length,
 * pattern or enum, every array has a minimum length or unique items):
 *  - a call that takes no argument gets any defined value;
 *  - otherwise: a non-object, an object with an unknown or prototype-polluting key at
 *    some level, a leaf replaced by a wrong type / NaN / negative / fraction / huge
 *    number / huge string / garbage, or a required key removed.
 */
export type Random = () => number;

/** Small seeded PRNG (mulberry32), so a failure reproduces exactly. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function deepNest(depth: number): unknown {
  let node: unknown = { bottom: true };
  for (let i = 0; i < depth; i += 1) node = { nested: node };
  return node;
}

function randomString(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += String.fromCharCode(Math.floor(random() * 0xd7ff));
  return text;
}

/** Values no argument slot in the contract accepts as a whole argument (none is undefined). */
export function garbageValues(random: Random): unknown[] {
  return [
    null,
    true,
    false,
    0,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_SAFE_INTEGER,
    10n,
    '',
    'x'.repeat(100_000),
    randomString(random, 64),
    [],
    [undefined],
    [1, 2, 3],
    ['__proto__'],
    new Date(0),
    new Map([['a', 1]]),
    new Set([1]),
    new Uint8Array(16),
    /regex/,
    deepNest(500),
    [deepNest(50)],
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    { ['x'.repeat(10_000)]: 1 },
    { then: 'not a promise' },
    { toString: 'boom' },
  ];
}

/** Replacement leaves: wrong for any leaf of a different type, or outside every bound the contract sets. */
function badLeavesFor(value: unknown, random: Random): unknown[] {
  const common = [
    null,
    {},
    [],
    { nested: { garbage: [1, 'two', null] } },
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ];
  if (typeof value === 'number') return [...common, NaN, Infinity, -1, -1e9, 0.5, 1e12, '5', true];
  if (typeof value === 'string')
    return [...common, 42, false, 'x'.repeat(100_000), `${value}\u0000${randomString(random, 200)}`, ['text']];
  if (typeof value === 'boolean') return [...common, 'true', 1, 0];
  if (Array.isArray(value))
    return [
      ...common.filter((v) => !Array.isArray(v)),
      'en',
      [42],
      [...value, ...value],
      value.length > 0 ? [] : [null],
    ];
  return [...common.filter((v) => v !== null && typeof v !== 'object'), 'object expected', 7, true];
}

type Path = (string | number)[];

function objectPaths(value: unknown, path: Path = []): { objects: Path[]; leaves: Path[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { objects: [], leaves: [path] };
  const inner = Object.entries(value).map(([k, v]) => objectPaths(v, [...path, k]));
  return { objects: [path, ...inner.flatMap((i) => i.objects)], leaves: inner.flatMap((i) => i.leaves) };
}

function setAt(
  root: unknown,
  path: Path,
  update: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  if (path.length === 0) return copy;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  update(node, path[path.length - 1] as string | number);
  return copy;
}

export function objectAt(root: unknown, path: Path): Record<string, unknown> {
  return path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], root) as Record<string, unknown>;
}

/**
 * `count` malformed payloads for one call, given well-formed samples of its argument
 * (undefined for a call without one) and the keys each sample requires.
 */
export function malformedPayloads(
  samples: readonly { arg: unknown; required?: readonly string[] }[],
  count: number,
  random: Random,
): unknown[] {
  const payloads: unknown[] = [];
  const garbage = garbageValues(random);
  const objectSamples = samples.filter((s) => typeof s.arg === 'object' && s.arg !== null);
  while (payloads.length < count) {
    const sample = objectSamples.length > 0 && random() < 0.7 ? pick(random, objectSamples) : undefined;
    if (!sample) {
      payloads.push(pick(random, garbage));
      continue;
    }
    const { objects, leaves } = objectPaths(sample.arg);
    const mutation = random();
    if (mutation < 0.25) {
      // An unknown key, or a prototype-polluting own key, on the argument or a nested object.
      const where = pick(random, objects);
      const extra = pick(random, ['__proto__', 'constructor', 'prototype', 'isAdmin', 'x'.repeat(5_000), ''] as const);
      const copy = structuredClone(sample.arg);
      Object.defineProperty(objectAt(copy, where), extra, {
        value: pick(random, garbage),
        enumerable: true,
        configurable: true,
        writable: true,
      });
      payloads.push(copy);
    } else if (mutation < 0.9 && leaves.length > 0) {
      const where = pick(random, leaves);
      const current = where.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], sample.arg);
      const bad = pick(random, badLeavesFor(current, random));
      payloads.push(setAt(sample.arg, where, (parent, key) => void (parent[key] = bad)));
    } else if (sample.required && sample.required.length > 0) {
      const gone = pick(random, sample.required);
      payloads.push(
        Object.fromEntries(Object.entries(sample.arg as Record<string, unknown>).filter(([key]) => key !== gone)),
      );
    } else {
      payloads.push(pick(random, garbage));
    }
  }
  return payloads;
}
