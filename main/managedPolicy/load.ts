import { readFileSync, rmSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { clip } from '../../core/clip';
import { PolicySchema } from '../../core/settings/patch';
import type { PolicyLocation } from './location';
import { machineSchema, parsePolicyBytes, type ParsedPolicy } from './parse';

export interface ManagedPolicy extends ParsedPolicy {
  /** Where the policy in force came from: the file, the last good copy (file unreadable), or none. */
  source: 'file' | 'last-good' | 'none';
}

type Log = { info(m: string): void; warn(m: string): void; error(m: string): void };

export interface LoadOptions {
  /** userData/policy-last-good.json: the last policy that could be read, used when the file cannot be. */
  cacheFile: string;
  platform?: string;
  log: Log;
  now?: () => Date;
}

const NO_POLICY: ManagedPolicy = { settingsPolicy: null, machine: {}, problems: [], source: 'none' };

function cacheSchema(platform: string) {
  return z.strictObject({
    savedAt: z.string().max(40),
    from: z.string().max(4096),
    settingsPolicy: PolicySchema.nullable(),
    machine: machineSchema(platform),
  });
}

function readCache(options: LoadOptions, platform: string): z.infer<ReturnType<typeof cacheSchema>> | null {
  try {
    const parsed = cacheSchema(platform).safeParse(JSON.parse(readFileSync(options.cacheFile, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The file cannot be read at all: keep the locks it last had rather than unlock everything. */
function lastGood(location: PolicyLocation, why: string, options: LoadOptions, platform: string): ManagedPolicy {
  const cached = readCache(options, platform);
  const problem = `The managed policy file ${location.path} could not be read (${clip(why)});`;
  if (!cached) {
    options.log.error(`${problem} no earlier policy is known, so none is applied`);
    return { ...NO_POLICY, problems: [`${problem} no policy is applied.`] };
  }
  options.log.error(`${problem} keeping the last good policy (read ${cached.savedAt} from ${cached.from})`);
  return {
    settingsPolicy: cached.settingsPolicy,
    machine: cached.machine,
    problems: [`${problem} the last policy that could be read (${cached.savedAt}) stays in force.`],
    source: 'last-good',
  };
}

function saveCache(location: PolicyLocation, policy: ParsedPolicy, options: LoadOptions): void {
  const record = {
    savedAt: (options.now?.() ?? new Date()).toISOString(),
    from: location.path,
    settingsPolicy: policy.settingsPolicy,
    machine: policy.machine,
  };
  try {
    writeFileAtomic.sync(options.cacheFile, `${JSON.stringify(record, null, 2)}\n`, { fsync: true });
  } catch (error) {
    options.log.warn(`could not keep a copy of the managed policy: ${String(error)}`);
  }
}

/**
 * Reads the managed policy once at start. Keys that break a rule are refused one by one (and
 * reported); the rest is applied and locked. A file that cannot be read at all keeps the last
 * good policy. Only a file missing at the default place means "no policy" — an administrator
 * removed it — and forgets the last good copy.
 */
export function loadManagedPolicy(location: PolicyLocation, options: LoadOptions): ManagedPolicy {
  const platform = options.platform ?? process.platform;
  const refused = location.refused ? [location.refused] : [];
  if (location.refused) options.log.error(location.refused);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(location.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !location.explicit) {
      rmSync(options.cacheFile, { force: true });
      return { ...NO_POLICY, problems: refused };
    }
    const loaded = lastGood(location, code === 'ENOENT' ? 'not found' : (code ?? String(error)), options, platform);
    return { ...loaded, problems: [...refused, ...loaded.problems] };
  }
  const parsed = parsePolicyBytes(bytes, platform);
  if (!parsed.ok) {
    const loaded = lastGood(location, parsed.reason, options, platform);
    return { ...loaded, problems: [...refused, ...loaded.problems] };
  }
  saveCache(location, parsed.policy, options);
  const { problems } = parsed.policy;
  if (problems.length > 0)
    options.log.error(`managed policy ${location.path}: ${problems.length} key(s) refused: ${problems.join('; ')}`);
  options.log.info(`managed policy applied from ${location.path}`);
  return {
    ...parsed.policy,
    problems: [
      ...refused,
      ...problems.map((p) => `The managed policy key ${p} (ignored; the rest of the file is applied).`),
    ],
    source: 'file',
  };
}

/** The staff-facing notice for a policy's problems, or null. */
export function policyNotice(policy: ManagedPolicy): string | null {
  return policy.problems.length > 0 ? policy.problems.join(' ') : null;
}
