<#
.SYNOPSIS
  Makes this Windows PC a Vierella kiosk: Shell Launcher v2 runs the installed app as the
  shell of a dedicated local account, restarts it whenever it exits, and leaves every other
  account (IT's administrators) with the normal desktop.

.DESCRIPTION
  - applies shell-launcher.xml through the Assigned Access CSP (WMI bridge, MDM_AssignedAccess);
  - by default uses AutoLogonAccount: Windows creates a local standard account "Kiosk" and
    signs it in at boot; with -Account, an existing local account is used instead (set up its
    automatic sign-in with Sysinternals Autologon, which keeps the password as an LSA secret);
  - creates %ProgramData%\Vierella (data, logs) writable by the kiosk account, and makes
    %ProgramData%\Vierella\config.json readable but not writable by it;
  - with -BlockKeys, enables Keyboard Filter and blocks the system key combinations the app
    cannot (Ctrl+Alt+Del, Win+L, Alt+Tab, ...).
  Windows 10/11 Enterprise, Education or IoT Enterprise. Run as SYSTEM, for example:
    psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File Set-VierellaKiosk.ps1
  This file is ASCII on purpose: Windows PowerShell 5.1 misreads UTF-8 without a BOM.

.PARAMETER AppPath
  The installed vierella.exe; found in the uninstall registry or under Program Files if omitted.
.PARAMETER Account
  An existing local account for the kiosk instead of the managed "Kiosk" account.
.PARAMETER Remove
  Removes the Shell Launcher configuration (the kiosk account gets Explorer again).
.PARAMETER BlockKeys
  Also enables Keyboard Filter and blocks system key combinations (needs a reboot the first time).
#>
[CmdletBinding()]
param(
  [string]$AppPath = '',
  [string]$Account = '',
  [switch]$Remove,
  [switch]$BlockKeys
)
$ErrorActionPreference = 'Stop'

function Assert-System {
  $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
  if (-not $identity.IsSystem) {
    throw 'The Assigned Access WMI bridge only answers SYSTEM. Run: psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File Set-VierellaKiosk.ps1'
  }
  $caption = (Get-CimInstance Win32_OperatingSystem).Caption
  if ($caption -notmatch 'Enterprise|Education|IoT') {
    throw "Shell Launcher needs Windows Enterprise, Education or IoT Enterprise; this is $caption."
  }
}

function Find-App {
  if ($AppPath) {
    if (-not (Test-Path -LiteralPath $AppPath)) { throw "No such file: $AppPath" }
    return $AppPath
  }
  $keys = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Uninstall\*'
  $entry = Get-ItemProperty $keys -ErrorAction SilentlyContinue |
    Where-Object { $_.DisplayName -like 'Vierell*' -and $_.InstallLocation } | Select-Object -First 1
  if ($entry) {
    $candidate = Join-Path $entry.InstallLocation 'vierella.exe'
    if (Test-Path -LiteralPath $candidate) { return $candidate }
  }
  $candidate = Join-Path $env:ProgramFiles 'vierella\vierella.exe'
  if (Test-Path -LiteralPath $candidate) { return $candidate }
  throw 'Vierella is not installed (run the installer first, or pass -AppPath).'
}

function Set-ShellLauncher($xml) {
  $bridge = Get-CimInstance -Namespace 'root\cimv2\mdm\dmmap' -ClassName 'MDM_AssignedAccess'
  if ($null -eq $xml) { $bridge.ShellLauncher = $null }
  else { $bridge.ShellLauncher = [System.Net.WebUtility]::HtmlEncode($xml) }
  Set-CimInstance -CimInstance $bridge | Out-Null
}

function New-Configuration([string]$app) {
  $template = Join-Path $PSScriptRoot 'shell-launcher.xml'
  [xml]$doc = Get-Content -LiteralPath $template -Raw -Encoding UTF8
  $ns = New-Object System.Xml.XmlNamespaceManager($doc.NameTable)
  $ns.AddNamespace('s', 'http://schemas.microsoft.com/ShellLauncher/2018/Configuration')
  $shell = $doc.SelectSingleNode('//s:Profile/s:Shell', $ns)
  $shell.SetAttribute('Shell', $app)
  if ($Account) {
    $config = $doc.SelectSingleNode('//s:Configs/s:Config', $ns)
    $auto = $config.SelectSingleNode('s:AutoLogonAccount', $ns)
    $named = $doc.CreateElement('Account', 'http://schemas.microsoft.com/ShellLauncher/2018/Configuration')
    $named.SetAttribute('Name', $Account)
    [void]$config.ReplaceChild($named, $auto)
  }
  return $doc.OuterXml
}

function Set-DataFolder {
  $data = Join-Path $env:ProgramData 'Vierella'
  $logs = Join-Path $data 'logs'
  New-Item -ItemType Directory -Force -Path $logs | Out-Null
  # The kiosk account writes its store and logs; SIDs keep this independent of the language.
  $kiosk = '*S-1-5-32-545'   # BUILTIN\Users, when the managed account does not exist yet
  if ($Account) { $kiosk = $Account }
  elseif (Get-LocalUser -Name 'Kiosk' -ErrorAction SilentlyContinue) { $kiosk = 'Kiosk' }
  & icacls $data /inheritance:r /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' "${kiosk}:(OI)(CI)M" | Out-Null
  if ($LASTEXITCODE -ne 0) { throw "icacls failed on $data" }
  # IT's configuration: readable by the kiosk, changed only by administrators.
  $config = Join-Path $data 'config.json'
  if (Test-Path -LiteralPath $config) {
    & icacls $config /inheritance:r /grant:r '*S-1-5-18:F' '*S-1-5-32-544:F' "${kiosk}:R" | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "icacls failed on $config" }
  }
  Write-Host "Data and logs: $data (writable by $kiosk)"
}

function Set-KeyBlocking {
  $feature = Get-WindowsOptionalFeature -Online -FeatureName 'Client-KeyboardFilter'
  if ($feature.State -ne 'Enabled') {
    Enable-WindowsOptionalFeature -Online -FeatureName 'Client-KeyboardFilter' -All -NoRestart | Out-Null
    Write-Host 'Keyboard Filter enabled: reboot, then run this script again with -BlockKeys.'
    return
  }
  $keys = 'Ctrl+Alt+Del', 'Win+L', 'Alt+Tab', 'Ctrl+Esc', 'Ctrl+Shift+Esc', 'Win+R', 'Win+E', 'Windows'
  foreach ($id in $keys) {
    $key = Get-CimInstance -Namespace 'root\standardcimv2\embedded' -ClassName 'WEKF_PredefinedKey' -Filter "Id='$id'"
    if ($key) { Set-CimInstance -InputObject $key -Property @{ Enabled = $true } | Out-Null }
  }
  Write-Host "Blocked for the kiosk account: $($keys -join ', ')"
}

Assert-System
if ($Remove) {
  Set-ShellLauncher $null
  Write-Host 'Shell Launcher configuration removed; the kiosk account gets Explorer at its next sign-in.'
  return
}
$app = Find-App
Set-ShellLauncher (New-Configuration $app)
Set-DataFolder
if ($BlockKeys) { Set-KeyBlocking }
Write-Host "Shell Launcher: $app runs as the shell of $(if ($Account) { $Account } else { 'the automatic Kiosk account' }), restarted on exit."
Write-Host 'Next: vierella-admin.cmd pin set, then restart the PC.'
