import { hostContract, HOST_CALL_NAMES, type HostCallName } from './contract';
import { clip } from '../clip';
import { plainDataProblem } from './plainData';

export type CallCheck<K extends HostCallName> = { ok: true; arg: unknown; name: K } | { ok: false; error: string };

function isHostCallName(name: string): name is HostCallName {
  return (HOST_CALL_NAMES as readonly string[]).includes(name);
}

/**
 * Validates one incoming call against the contract. Shared by main's IPC handlers
 * and the browser host so both reject exactly the same malformed payloads.
 */
export function validateCallArgument(name: string, raw: unknown): CallCheck<HostCallName> {
  if (!isHostCallName(name)) return { ok: false, error: `unknown host call "${clip(name, 60)}"` };
  const notPlain = plainDataProblem(raw);
  if (notPlain) return { ok: false, error: `invalid argument for ${name}: ${notPlain}` };
  const parsed = hostContract[name].arg.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${clip(issue.path.join('.'), 100)}` : '';
    return { ok: false, error: `invalid argument for ${name}${where}: ${clip(issue?.message ?? 'rejected')}` };
  }
  return { ok: true, arg: parsed.data, name };
}
