<#
.SYNOPSIS
  Turns a Windows 10/11 Enterprise or Education PC into a B12 Nerve Health Kiosk that signs in
  by itself and runs the app as its only shell (Assigned Access / Shell Launcher v2).

.DESCRIPTION
  - Checks the app is installed where its per-machine installer puts it
    (the NSIS installer from `npm run dist`, "for all users"):
      C:\Program Files\B12 Nerve Health Kiosk\B12 Nerve Health Kiosk.exe
  - Turns on the Shell Launcher feature and applies a Shell Launcher v2 configuration through the
    MDM bridge (AssignedAccess CSP, ./Vendor/MSFT/AssignedAccess/ShellLauncher): a local kiosk
    account that Windows creates and signs in automatically (the AutoLogonAccount, named "Kiosk"),
    whose shell is the kiosk app instead of Explorer. Whenever the app exits (a crash, or staff
    choosing "Quit kiosk mode"), Shell Launcher starts it again; every other account keeps Explorer.
  - Creates %ProgramData%\B12Kiosk (the managed policy folder): Administrators and SYSTEM may write,
    everyone else may only read. Writes policy.json only when there is none.
  - Creates %ProgramData%\B12Kiosk\metrics, where the kiosk writes b12_kiosk.prom for
    windows_exporter's textfile collector (install windows_exporter with
    TEXTFILE_DIRS="C:\ProgramData\B12Kiosk\metrics"; see docs/deployment.md).

  Run it as SYSTEM: the MDM bridge refuses any other account. From Intune: Devices > Scripts
  (run in system context, 64-bit). By hand: `psexec.exe -i -s powershell.exe`, then run this file.
  Restart the PC afterwards.

.PARAMETER AppPath
  The installed kiosk executable, if the installer was told to use another folder.

.PARAMETER Remove
  Undo: clear the Shell Launcher configuration (the policy folder and its files are kept).

.EXAMPLE
  .\Install-B12Kiosk.ps1
.EXAMPLE
  .\Install-B12Kiosk.ps1 -AppPath 'D:\Apps\B12 Nerve Health Kiosk\B12 Nerve Health Kiosk.exe'
#>
[CmdletBinding()]
param(
  [string] $AppPath = (Join-Path $env:ProgramFiles 'B12 Nerve Health Kiosk\B12 Nerve Health Kiosk.exe'),
  [switch] $Remove
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$PolicyDir = Join-Path $env:ProgramData 'B12Kiosk'
$PolicyFile = Join-Path $PolicyDir 'policy.json'
$MetricsDir = Join-Path $PolicyDir 'metrics'
# Shell Launcher's own account when <AutoLogonAccount/> is used.
$KioskAccount = 'Kiosk'
$ProfileId = '{6F1D6B2C-3B8E-4C61-9D0A-B12C105C0B12}'

function Write-Step([string] $Message) { Write-Host "[b12-kiosk] $Message" }

$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $identity.IsSystem) {
  throw 'Run this script as SYSTEM (Intune system context, or psexec.exe -i -s powershell.exe): the MDM bridge that configures Shell Launcher accepts no other account.'
}

$bridge = Get-CimInstance -Namespace 'root\cimv2\mdm\dmmap' -ClassName 'MDM_AssignedAccess'
if ($null -eq $bridge) { throw 'The AssignedAccess MDM bridge is not available: Shell Launcher needs Windows 10/11 Enterprise, Education or IoT Enterprise.' }

if ($Remove) {
  Write-Step 'removing the Shell Launcher configuration'
  $bridge.ShellLauncher = $null
  Set-CimInstance -CimInstance $bridge | Out-Null
  Write-Step 'done; restart the PC. The policy folder is kept.'
  return
}

if (-not (Test-Path -LiteralPath $AppPath -PathType Leaf)) {
  throw "The kiosk app is not installed at $AppPath. Install it with the installer from ``npm run dist`` (for all users), or pass -AppPath."
}

Write-Step 'turning on the Shell Launcher feature'
$feature = Get-WindowsOptionalFeature -Online -FeatureName 'Client-EmbeddedShellLauncher'
if ($feature.State -ne 'Enabled') {
  Enable-WindowsOptionalFeature -Online -FeatureName 'Client-EmbeddedShellLauncher' -All -NoRestart | Out-Null
}

Write-Step "managed policy folder $PolicyDir (Administrators and SYSTEM write, everyone else reads)"
New-Item -ItemType Directory -Force -Path $PolicyDir | Out-Null
New-Item -ItemType Directory -Force -Path $MetricsDir | Out-Null
# Replace inherited rights: only Administrators and SYSTEM may change the policy.
& icacls.exe $PolicyDir /inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-545:(OI)(CI)RX' | Out-Null
if ($LASTEXITCODE -ne 0) { throw "icacls could not set the rights on $PolicyDir" }
if (-not (Test-Path -LiteralPath $PolicyFile)) {
  $policy = @{ version = 2; monitoring = @{ textfileDirectory = $MetricsDir } } | ConvertTo-Json -Depth 4
  [IO.File]::WriteAllText($PolicyFile, $policy, (New-Object Text.UTF8Encoding $false))
}

$shell = [Security.SecurityElement]::Escape("`"$AppPath`" --policy=`"$PolicyFile`"")
$configuration = @"
<?xml version="1.0" encoding="utf-8"?>
<ShellLauncherConfiguration xmlns="http://schemas.microsoft.com/ShellLauncher/2018/Configuration"
  xmlns:V2="http://schemas.microsoft.com/ShellLauncher/2019/Configuration">
  <Profiles>
    <DefaultProfile>
      <Shell Shell="%SystemRoot%\explorer.exe"/>
    </DefaultProfile>
    <Profile Id="$ProfileId" Name="B12 Nerve Health Kiosk">
      <Shell Shell="$shell" V2:AppType="Desktop" V2:AllAppsFullScreen="true">
        <DefaultAction Action="RestartShell"/>
      </Shell>
    </Profile>
  </Profiles>
  <Configs>
    <Config>
      <AutoLogonAccount/>
      <Profile Id="$ProfileId"/>
    </Config>
  </Configs>
</ShellLauncherConfiguration>
"@

Write-Step "applying Shell Launcher v2: account '$KioskAccount' signs in automatically and runs $AppPath"
$bridge.ShellLauncher = [Security.SecurityElement]::Escape($configuration)
Set-CimInstance -CimInstance $bridge | Out-Null

# The kiosk account writes its metrics file; it exists once Shell Launcher has created it.
if (Get-LocalUser -Name $KioskAccount -ErrorAction SilentlyContinue) {
  & icacls.exe $MetricsDir /grant "${KioskAccount}:(OI)(CI)M" | Out-Null
  if ($LASTEXITCODE -ne 0) { throw "icacls could not let $KioskAccount write to $MetricsDir" }
  Write-Step "$KioskAccount may write metrics to $MetricsDir"
} else {
  Write-Step "account '$KioskAccount' appears after the restart; run this script once more afterwards so it may write $MetricsDir"
}

Write-Step 'done. Restart the PC: it signs in as the kiosk and starts the app.'
