import { readFileSync } from 'node:fs';
import { parsePolicyText } from '../core/settings/parseFile';
import type { LoadedPolicy } from '../core/settings/service';
import type { PolicyLocation } from './policy/policyPath';

/** Reads the managed policy once at start. Problems are logged and shown to staff; the kiosk then runs without a policy. */
export function loadPolicy(
  location: PolicyLocation,
  log: { info(m: string): void; warn(m: string): void; error(m: string): void },
): LoadedPolicy {
  let text: string;
  try {
    text = readFileSync(location.path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !location.explicit) return { policy: null, notice: null };
    log.warn(`managed policy ${location.path} could not be read (${code ?? 'error'})`);
    return {
      policy: null,
      notice: `The managed policy file ${location.path} could not be read (${code === 'ENOENT' ? 'not found' : (code ?? 'error')}); no policy is applied.`,
    };
  }
  const parsed = parsePolicyText(text);
  if (!parsed.ok) {
    log.error(`managed policy ${location.path} ignored: ${parsed.reason}`);
    return {
      policy: null,
      notice: `The managed policy file ${location.path} is invalid (${parsed.reason}) and is ignored.`,
    };
  }
  log.info(`managed policy applied from ${location.path}`);
  return { policy: parsed.value, notice: null };
}
