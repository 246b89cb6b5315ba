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
  /** Flags a packaged kiosk does not honour: `--windowed` is ignored (logged); any debugging flag stops the start. */
  refused: { ignored: string[]; fatal: string[] };
}

/** Flags that hand the whole app to whoever can reach a port or pipe: never in a clinic. */
const DEBUGGING_FLAGS = /^--(remote-debugging-(port|pipe|address|targets)|inspect(-brk|-port|-publish-uid)?)(=|$)/;

export function parseLaunchOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): LaunchOptions {
  const asked = argv.includes('--windowed');
  const windowed = asked && !isPackaged;
  const policyArg = argv.find((a) => a.startsWith('--policy='));
  const devServerUrl = !isPackaged ? env.KIOSK_DEV_SERVER_URL || undefined : undefined;
  return {
    kiosk: !windowed,
    devServerUrl,
    policyPath: policyArg ? policyArg.slice('--policy='.length) || undefined : undefined,
    allowDevTools: !isPackaged && windowed,
    refused: {
      ignored: isPackaged && asked ? ['--windowed'] : [],
      fatal: isPackaged ? argv.filter((a) => DEBUGGING_FLAGS.test(a)).map((a) => a.split('=')[0] ?? a) : [],
    },
  };
}
