; Inno Setup script for Startdag on Windows: installs dist\Startdag\ (make bundle / the
; Windows workflow) for the current user, without administrator rights.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\startdag.iss   ->  dist\Startdag-0.1.0-setup.exe
;
; A newer version installs over the old one (same AppId): only the program folder is
; replaced. Trajectory files stay where the facilitator keeps them, backups and the demo stay
; in %LOCALAPPDATA%\Startdag, and settings in HKCU\Software\Startdag. The uninstaller leaves
; all of those alone. Unsigned for now: see docs\packaging.md for code signing.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; never change the AppId: it is what makes a newer version an update of this one
AppId={{48352ECE-6025-4771-8838-EF927DA78202}
AppName=Startdag
AppVersion={#AppVersion}
AppVerName=Startdag {#AppVersion}
AppPublisher=Startdag
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Startdag
DefaultGroupName=Startdag
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Startdag-{#AppVersion}-setup
SetupIconFile=..\icons\startdag.ico
UninstallDisplayIcon={app}\Startdag.exe
UninstallDisplayName=Startdag
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update replaces the old version's libraries; nothing outside the program folder
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\Startdag\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Startdag"; Filename: "{app}\Startdag.exe"
Name: "{autodesktop}\Startdag"; Filename: "{app}\Startdag.exe"; Tasks: desktopicon

[Registry]
; .startdag files open Startdag on a double-click (HKA: the current user's classes when
; installed without administrator rights, the machine's otherwise)
Root: HKA; Subkey: "Software\Classes\.startdag"; ValueType: string; ValueName: ""; ValueData: "Startdag.Trajectory"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.startdag"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-startdag"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.startdag\OpenWithProgids"; ValueType: string; ValueName: "Startdag.Trajectory"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Startdag.Trajectory"; ValueType: string; ValueName: ""; ValueData: "Startdag-traject"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Startdag.Trajectory\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Startdag.exe,0"
Root: HKA; Subkey: "Software\Classes\Startdag.Trajectory\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Startdag.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Startdag.exe\SupportedTypes"; ValueType: string; ValueName: ".startdag"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\Startdag.exe"; Description: "{cm:LaunchProgram,Startdag}"; Flags: nowait postinstall skipifsilent
