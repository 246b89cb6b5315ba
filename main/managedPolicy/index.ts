import { statSync } from 'node:fs';
import path from 'node:path';
import type { PathOwnership } from './location';

/**
 * The managed policy, in one place: where it is looked for (location.ts), how its bytes are read
 * (decode.ts), how each key is checked on its own (parse.ts, leaves.ts), and how it is loaded with
 * a last-good fallback (load.ts). The settings part is layered by core/settings; the machine part
 * (monitoring and recordings folders) is for main only.
 */
export { loadManagedPolicy, policyNotice, type ManagedPolicy } from './load';
export { policyLocation, defaultPolicyPath, POLICY_ENV_VAR, type PolicyLocation } from './location';
export type { MachinePolicy, ParsedPolicy } from './parse';

/** Owner and mode of a file and every folder above it, or null if any of them cannot be read. */
export function ownershipChain(filePath: string): PathOwnership[] | null {
  const chain: PathOwnership[] = [];
  let current = path.resolve(filePath);
  for (;;) {
    try {
      const stats = statSync(current);
      chain.push({ path: current, uid: stats.uid, mode: stats.mode });
    } catch {
      return null;
    }
    const parent = path.dirname(current);
    if (parent === current) return chain;
    current = parent;
  }
}
