import { existsSync } from 'node:fs';

export type ToolLookup = { found: true; path: string } | { found: false; reason: string };

/**
 * Real tools the deployment tests run (node_exporter, promtool, systemd-analyze, shellcheck, cage).
 * `.ci/run` installs them from Debian when missing. `exists` is injectable for the unit test.
 */
export function findTool(
  name: string,
  candidates: readonly string[],
  debianPackage: string,
  exists: (path: string) => boolean = existsSync,
): ToolLookup {
  const path = candidates.find((candidate) => exists(candidate));
  if (path !== undefined) return { found: true, path };
  return {
    found: false,
    reason: `${name} is not installed (looked at ${candidates.join(', ')}); install it with: apt-get install -y ${debianPackage}`,
  };
}

/**
 * On a developer's machine a missing tool skips its tests, and says why. In CI on Linux (CI=true)
 * the tools are part of the job: a missing one is an error, never a quiet skip. (They are Linux
 * tools: the Windows CI job skips them, printing why.)
 */
export function skipReason(
  lookups: readonly ToolLookup[],
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
): string | null {
  const reasons = lookups.flatMap((lookup) => (lookup.found ? [] : [lookup.reason]));
  if (reasons.length === 0) return null;
  const reason = reasons.join('; ');
  if ((env.CI === 'true' || env.CI === '1') && platform === 'linux')
    throw new Error(`CI must run these tests, but ${reason}`);
  console.warn(`[skipped] ${reason}`);
  return reason;
}

export const tools = {
  nodeExporter: () =>
    findTool(
      'node_exporter',
      ['/usr/bin/prometheus-node-exporter', '/usr/local/bin/node_exporter'],
      'prometheus-node-exporter',
    ),
  promtool: () => findTool('promtool', ['/usr/bin/promtool', '/usr/local/bin/promtool'], 'prometheus'),
  systemdAnalyze: () => findTool('systemd-analyze', ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'], 'systemd'),
  cage: () => findTool('cage', ['/usr/bin/cage'], 'cage'),
  shellcheck: () => findTool('shellcheck', ['/usr/bin/shellcheck'], 'shellcheck'),
};
