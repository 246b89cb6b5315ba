/** How this run of the app was asked to behave, read from argv and the environment. */
export interface LaunchOptions {
  /** Full-screen kiosk lock-down (default) or a normal window for development. */
  kiosk: boolean;
  /** Dev server URL for live reload (npm run dev), else the built renderer over app://. */
  devServerUrl: string | undefined;
  /** Managed policy file given with --policy=<path>. */
  policyPath: string | undefined;
  /** Devtools may open only in unpackaged, windowed runs. */
  allowDevTools: boolean;
}

export function parseLaunchOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): LaunchOptions {
  const windowed = argv.includes('--windowed');
  const policyArg = argv.find((a) => a.startsWith('--policy='));
  const devServerUrl = !isPackaged ? env.KIOSK_DEV_SERVER_URL || undefined : undefined;
  return {
    kiosk: !windowed,
    devServerUrl,
    policyPath: policyArg ? policyArg.slice('--policy='.length) || undefined : undefined,
    allowDevTools: !isPackaged && windowed,
  };
}
