import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPolicyPath } from '../../main/managedPolicy';
import { packagedPaths } from '../support/packagedPaths';

// PowerShell is not on this build machine; the GitHub workflow's Windows job parses the script.
// Here: its paths and names against what the NSIS installer really produces.
const root = path.resolve(import.meta.dirname, '..', '..');
const script = readFileSync(path.join(root, 'deploy/windows/Install-B12Kiosk.ps1'), 'utf8');
const paths = packagedPaths(root);

describe('deploy/windows/Install-B12Kiosk.ps1', () => {
  it('expects the app where the per-machine NSIS installer puts it', () => {
    expect(paths.perMachine).toBe(true);
    expect(paths.windowsInstallDir).toBe('B12 Nerve Health Kiosk');
    expect(paths.windowsExecutable).toBe('B12 Nerve Health Kiosk.exe');
    expect(script).toContain(
      `[string] $AppPath = (Join-Path $env:ProgramFiles '${paths.windowsInstallDir}\\${paths.windowsExecutable}')`,
    );
    expect(script).toContain(`C:\\Program Files\\${paths.windowsInstallDir}\\${paths.windowsExecutable}`);
  });

  it('uses the policy folder and file main looks for by default on Windows', () => {
    expect(defaultPolicyPath('win32', { ProgramData: 'C:\\ProgramData' })).toBe(
      'C:\\ProgramData\\B12Kiosk\\policy.json',
    );
    expect(script).toContain("$PolicyDir = Join-Path $env:ProgramData 'B12Kiosk'");
    expect(script).toContain("$PolicyFile = Join-Path $PolicyDir 'policy.json'");
  });

  it('configures Shell Launcher v2 for the auto-logon kiosk account, restarting the app when it exits', () => {
    expect(script).toContain('xmlns:V2="http://schemas.microsoft.com/ShellLauncher/2019/Configuration"');
    expect(script).toContain('V2:AppType="Desktop"');
    expect(script).toContain('<AutoLogonAccount/>');
    expect(script).toContain('<DefaultAction Action="RestartShell"/>');
    expect(script).toContain("-ClassName 'MDM_AssignedAccess'");
    // The Profile the config assigns is the one defined.
    const ids = [...script.matchAll(/Profile Id="(\$ProfileId)"/g)];
    expect(ids).toHaveLength(2);
  });
});
