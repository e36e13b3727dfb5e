; Inno Setup 6 script for AuditDesk on Windows: a per-user install, no admin rights.
;
; Build the bundle first, then compile (from the repository root):
;   .venv\Scripts\python installer\build.py --installer
; which runs ISCC with /DAppVersion= read from auditdesk/__init__.py (the one
; place the version lives). By hand:
;   ISCC /DAppVersion=0.1.0 installer\auditdesk.iss
; Output: installer\Output\AuditDesk-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (installer\build.py --installer does)
#endif
#ifndef BundleDir
  ; the PyInstaller one-folder build (installer\build.py's default --dist)
  #define BundleDir "..\dist\AuditDesk"
#endif

#define AppName "AuditDesk"
#define AppExe "AuditDesk.exe"
#define PackageExt ".auditdesk"
#define PackageProgId "AuditDesk.Package"
[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{F3921202-34AA-4DB7-932C-4296AE342267}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AuditDesk team
; Per user, without admin rights: {autopf} is %LOCALAPPDATA%\Programs here,
; registry entries go to HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\resources\icons\auditdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=Output
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole bundle (no stale libraries from an older build)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .auditdesk packages open with AuditDesk (per user: HKCU\Software\Classes).
Root: HKCU; Subkey: "Software\Classes\{#PackageExt}"; ValueType: string; ValueName: ""; ValueData: "{#PackageProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#PackageExt}\OpenWithProgids"; ValueType: string; ValueName: "{#PackageProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}"; ValueType: string; ValueName: ""; ValueData: "AuditDesk audit package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
; What a double-click runs: `AuditDesk gui PACKAGE` opens the most recent
; database and merges the package into it (the merge view asks about conflicts).
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
