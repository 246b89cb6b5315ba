/** Where the managed policy file is looked for, and whether someone asked for that place explicitly. */
export interface PolicyLocation {
  path: string;
  /** True when given by --policy= or B12_KIOSK_POLICY: then a missing file is worth telling staff about. */
  explicit: boolean;
}

export const POLICY_ENV_VAR = 'B12_KIOSK_POLICY';

/** Per-OS default places a device-management tool drops the policy file. */
export function defaultPolicyPath(platform: string, env: Record<string, string | undefined>): string {
  if (platform === 'win32') return `${env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData'}\\B12Kiosk\\policy.json`;
  if (platform === 'darwin') return '/Library/Application Support/B12Kiosk/policy.json';
  return '/etc/b12-kiosk/policy.json';
}

/** --policy=<path> wins, then the environment variable, then the per-OS default. */
export function policyLocation(
  argPath: string | undefined,
  env: Record<string, string | undefined>,
  platform: string,
): PolicyLocation {
  if (argPath) return { path: argPath, explicit: true };
  const fromEnv = env[POLICY_ENV_VAR];
  if (fromEnv) return { path: fromEnv, explicit: true };
  return { path: defaultPolicyPath(platform, env), explicit: false };
}
