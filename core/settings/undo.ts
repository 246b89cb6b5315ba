import type { SettingsPatch } from './patch';
import type { Settings } from './schema';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function inverse(before: unknown, change: unknown): unknown {
  if (!isPlain(change)) return structuredClone(before);
  const out: Plain = {};
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    const previous = isPlain(before) ? before[key] : undefined;
    // A key the settings did not have (a language's own QR heading): '' means "not set" again.
    if (previous === undefined) {
      if (typeof value === 'string') out[key] = '';
      continue;
    }
    out[key] = inverse(previous, value);
  }
  return out;
}

/**
 * The patch that puts back what `patch` is about to change: for every value it sets, the value
 * in force before. Saving it undoes the change (arrays, like the offered languages, come back whole).
 */
export function undoPatch(before: Settings, patch: SettingsPatch): SettingsPatch {
  return inverse(before, patch) as SettingsPatch;
}
