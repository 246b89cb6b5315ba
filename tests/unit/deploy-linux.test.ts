import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPolicyPath } from '../../main/managedPolicy';
import { parsePolicyBytes } from '../../main/managedPolicy/parse';
import { skipReason, tools, type ToolLookup } from '../support/externalTool';
import { packagedPaths } from '../support/packagedPaths';

const root = path.resolve(import.meta.dirname, '..', '..');
const unitFile = path.join(root, 'deploy/linux/b12-kiosk.service');
const installScript = path.join(root, 'deploy/linux/install-kiosk.sh');
const unit = readFileSync(unitFile, 'utf8');
const script = readFileSync(installScript, 'utf8');
const paths = packagedPaths(root);
const pathOf = (lookup: ToolLookup) => (lookup.found ? lookup.path : '');

/** The unit's `Key=value` lines (the last one wins, as in systemd). */
function directive(key: string): string | undefined {
  return [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].at(-1)?.[1];
}

describe('deploy/linux/b12-kiosk.service', () => {
  it('starts the packaged executable electron-builder installs, under cage, with the policy path', () => {
    expect(paths.linuxExecutable).toBe('/opt/B12 Nerve Health Kiosk/b12-kiosk');
    expect(directive('ExecStart')).toBe(
      `/usr/bin/cage -d -- "${paths.linuxExecutable}" --ozone-platform=wayland --enable-speech-dispatcher --policy=/etc/b12-kiosk/policy.json`,
    );
  });

  it('passes the policy path main reads by default on Linux (so a missing file is reported, not ignored)', () => {
    expect(directive('ExecStart')).toContain(` --policy=${defaultPolicyPath('linux', {})}`);
  });

  it('runs as the unprivileged kiosk user on tty1, restarts always, and gives up on a crash loop', () => {
    expect(directive('User')).toBe('b12kiosk');
    expect(directive('TTYPath')).toBe('/dev/tty1');
    expect(directive('PAMName')).toBe('b12-kiosk');
    expect(directive('Conflicts')).toBe('getty@tty1.service');
    expect(directive('Restart')).toBe('always');
    expect(Number(directive('StartLimitBurst'))).toBeGreaterThanOrEqual(3);
    expect(Number(directive('StartLimitIntervalSec'))).toBeGreaterThan(0);
    expect(directive('WantedBy')).toBe('graphical.target');
  });

  it('the install script uses the same user, paths, unit and PAM service', () => {
    expect(script).toContain('readonly KIOSK_USER=b12kiosk\n');
    expect(script).toContain(`readonly APP_EXECUTABLE="${paths.linuxExecutable}"\n`);
    expect(script).toContain('readonly POLICY_FILE="$POLICY_DIR/policy.json"\n');
    expect(script).toContain('readonly POLICY_DIR=/etc/b12-kiosk\n');
    expect(script).toContain(`readonly UNIT_NAME=${path.basename(unitFile)}\n`);
    expect(script).toContain(`readonly PAM_SERVICE=/etc/pam.d/${directive('PAMName') ?? '?'}\n`);
    // Voices for read-aloud on Linux (speech-dispatcher with espeak-ng), and the compositor.
    expect(script).toMatch(/apt-get install[^\n]*\\\n[^\n]*\bcage\b[^\n]*\bspeech-dispatcher\b[^\n]*\bespeak-ng\b/);
  });

  it('the policy the script writes on a fresh machine is valid and names the textfile folder', () => {
    const printf = /^\s*(printf '\{.*"\$TEXTFILE_DIR") >"\$POLICY_FILE"$/m.exec(script)?.[1];
    expect(printf).toBeDefined();
    const written = spawnSync('bash', ['-c', `TEXTFILE_DIR=/var/lib/prometheus/node-exporter; ${printf ?? ''}`]);
    const parsed = parsePolicyBytes(written.stdout, 'linux');
    expect(parsed).toEqual({
      ok: true,
      policy: {
        settingsPolicy: null,
        machine: { monitoring: { textfileDirectory: '/var/lib/prometheus/node-exporter' } },
        problems: [],
      },
    });
  });

  // verify also checks that ExecStart's program (cage) is installed.
  const systemdAnalyze = tools.systemdAnalyze();
  const skipVerify = skipReason([systemdAnalyze, tools.cage()]);
  it.skipIf(skipVerify !== null)('passes `systemd-analyze verify` with no warning at all', () => {
    const result = spawnSync(pathOf(systemdAnalyze), ['verify', unitFile], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(skipVerify !== null)('the verification is real: a misspelt key makes it complain', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'unit-'));
    const broken = path.join(dir, 'b12-kiosk.service');
    writeFileSync(broken, unit.replace('Restart=always', 'Restrat=always'));
    const result = spawnSync(pathOf(systemdAnalyze), ['verify', broken], { encoding: 'utf8' });
    expect(result.stderr).toContain("Unknown key 'Restrat'");
  });

  const shellcheck = tools.shellcheck();
  const skipShellcheck = skipReason([shellcheck]);
  it.skipIf(skipShellcheck !== null)('the install script passes shellcheck', () => {
    const result = spawnSync(pathOf(shellcheck), [installScript], { encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
