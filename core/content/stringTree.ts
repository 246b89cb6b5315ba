/**
 * Reading a locale's content.json as a tree of nested objects whose leaves are
 * strings, the way i18next does with its default '.' key separator. The input
 * is `unknown` because translators' files are checked before anyone trusts them.
 */

export type StringTree = { readonly [key: string]: unknown };

export function isStringTree(value: unknown): value is StringTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted key, or undefined if any step is missing. */
export function valueAt(tree: StringTree, dottedKey: string): unknown {
  let node: unknown = tree;
  for (const part of dottedKey.split('.')) {
    if (!isStringTree(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** Dotted keys of every leaf (any non-object value) below `tree`, prefixed with `prefix`. */
export function leafKeys(tree: StringTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const dotted = prefix ? `${prefix}.${key}` : key;
    return isStringTree(value) ? leafKeys(value, dotted) : [dotted];
  });
}
