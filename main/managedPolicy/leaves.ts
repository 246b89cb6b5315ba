import type { z } from 'zod';
import { clip } from '../../core/clip';

type Plain = Record<string, unknown>;

export const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deeper than any real policy; a file nested further is not one. */
const MAX_DEPTH = 8;

export interface LeafCheck {
  /** The valid leaves, rebuilt as one nested object (null when none). */
  accepted: Plain | null;
  /** Dotted paths of the accepted leaves, in file order. */
  paths: string[];
  /** One line per refused leaf: `"idle.quietSeconds": Too small…`. */
  problems: string[];
}

/** Builds `{ a: { b: value } }` from ["a", "b"] and value. */
export function nest(path: readonly string[], value: unknown): Plain {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Plain;
}

/** Puts one leaf into a nested object (mutates `into`; keys come from JSON, so never the prototype chain). */
function place(into: Plain, path: readonly string[], value: unknown): void {
  let node = into;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    const child: Plain = isPlain(next) ? next : {};
    node[key] = child;
    node = child;
  });
}

export function describePath(path: readonly (string | number | symbol)[]): string {
  return clip(path.map(String).join('.'));
}

/**
 * Checks every leaf of `raw` on its own against `schema` (a strict deep-partial object schema):
 * a value of the wrong type, out of range, or under an unknown key refuses only that leaf, and
 * every other leaf is kept. Arrays are one leaf (a list of languages is replaced whole).
 */
export function checkLeaves(raw: Plain, schema: z.ZodType, prefix: readonly string[] = []): LeafCheck {
  const result: LeafCheck = { accepted: null, paths: [], problems: [] };
  const visit = (value: unknown, path: string[]) => {
    // An empty object is checked as a value: `"quietSeconds": {}` is refused, `"qrHeadings": {}` is fine.
    if (isPlain(value) && Object.keys(value).length > 0 && path.length < MAX_DEPTH) {
      for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
      return;
    }
    const parsed = schema.safeParse(nest(path, value));
    if (parsed.success) {
      result.accepted ??= {};
      place(result.accepted, path, value);
      result.paths.push(path.join('.'));
      return;
    }
    const issue = parsed.error.issues[0];
    const where = describePath([...prefix, ...path]);
    result.problems.push(`"${where}": ${clip(issue?.message ?? 'rejected')}`);
  };
  for (const [key, value] of Object.entries(raw)) visit(value, [key]);
  return result;
}
