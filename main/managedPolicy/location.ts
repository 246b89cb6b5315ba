import path from 'node:path';

/** Where the managed policy file is looked for, and whether someone asked for that place explicitly. */
export interface PolicyLocation {
  path: string;
  /** True when given by --policy= or B12_KIOSK_POLICY: then a missing file is worth telling staff about. */
  explicit: boolean;
  /** Why an explicit path was not honoured (shown to staff and logged); the default place is used instead. */
  refused?: string;
}

export const POLICY_ENV_VAR = 'B12_KIOSK_POLICY';

type Env = Record<string, string | undefined>;

function programData(env: Env): string {
  return env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData';
}

/** Per-OS default places a device-management tool drops the policy file. */
export function defaultPolicyPath(platform: string, env: Env): string {
  if (platform === 'win32') return `${programData(env)}\\B12Kiosk\\policy.json`;
  if (platform === 'darwin') return '/Library/Application Support/B12Kiosk/policy.json';
  return '/etc/b12-kiosk/policy.json';
}

/** Ownership and mode of one file or folder on the way from the policy file up to the root (POSIX). */
export interface PathOwnership {
  path: string;
  uid: number;
  mode: number;
}

/**
 * Whether a policy file sits where only an administrator can change it. POSIX: the file and
 * every folder above it belong to root and are writable by no group or other user (so no
 * one else can swap the file or a folder on its way). Windows ACLs cannot be read from Node,
 * so there the file must be inside the folders that are administrator-only by default.
 * Returns null when it is, else why not.
 */
export function adminOnlyProblem(
  filePath: string,
  platform: string,
  env: Env,
  chain: readonly PathOwnership[] | null,
): string | null {
  if (platform === 'win32') {
    const resolved = path.win32.resolve(filePath).toLowerCase();
    const roots = [
      `${programData(env)}\\B12Kiosk\\`,
      `${env.ProgramFiles || 'C:\\Program Files'}\\`,
      `${env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)'}\\`,
    ].map((root) => path.win32.resolve(root).toLowerCase() + '\\');
    return roots.some((root) => resolved.startsWith(root))
      ? null
      : `it is not inside ${programData(env)}\\B12Kiosk or Program Files`;
  }
  if (!chain || chain.length === 0) return 'its owner could not be checked';
  for (const entry of chain) {
    if (entry.uid !== 0) return `${entry.path} does not belong to root`;
    if ((entry.mode & 0o022) !== 0) return `${entry.path} is writable by users other than root`;
  }
  return null;
}

export interface LocationRequest {
  argPath: string | undefined;
  env: Env;
  platform: string;
  /** Packaged builds honour an explicit path only in an administrator-only place; development runs take any. */
  isPackaged: boolean;
  /** Ownership of a path and every folder above it; null when it cannot be read (e.g. missing). */
  ownership: (filePath: string) => PathOwnership[] | null;
}

/** --policy=<path> wins, then the environment variable, then the per-OS default. */
export function policyLocation(request: LocationRequest): PolicyLocation {
  const { argPath, env, platform } = request;
  const fallback = { path: defaultPolicyPath(platform, env), explicit: false };
  const asked = argPath
    ? { via: '--policy=', path: argPath }
    : env[POLICY_ENV_VAR]
      ? { via: POLICY_ENV_VAR, path: env[POLICY_ENV_VAR] }
      : null;
  if (!asked?.path) return fallback;
  if (!request.isPackaged) return { path: asked.path, explicit: true };
  const chosen = platform === 'win32' ? asked.path : path.resolve(asked.path);
  const problem = adminOnlyProblem(chosen, platform, env, platform === 'win32' ? null : request.ownership(chosen));
  if (problem === null) return { path: chosen, explicit: true };
  return { ...fallback, refused: `The policy path given by ${asked.via} (${asked.path}) is ignored: ${problem}.` };
}
