; Inno Setup script: a per-machine installer for the Windows one-folder build.
; Built by .github/workflows/desktop-installers.yml:
;   iscc /DAppVersion=<version> /DBuildDir=<repo>\dist\reservations-app packaging\windows\reservations.iss
; Silent install for IT: reservations-app-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES
; Silent removal: "C:\Program Files\Reservations\unins000.exe" /VERYSILENT (user data stays in
; %LOCALAPPDATA%\Reservations).

#ifndef AppVersion
  #error Pass /DAppVersion=<version>
#endif
#ifndef BuildDir
  #define BuildDir "..\..\dist\reservations-app"
#endif

[Setup]
AppId={{8C1E5B5E-2A0F-4D5C-9B7E-3F1D2A6C4E10}
AppName=Reservations
AppVersion={#AppVersion}
AppPublisher=The Reservations developers
DefaultDirName={autopf}\Reservations
DefaultGroupName=Reservations
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=reservations-app-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\reservations-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Reservations"; Filename: "{app}\reservations-app.exe"
Name: "{autodesktop}\Reservations"; Filename: "{app}\reservations-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\reservations-app.exe"; Description: "{cm:LaunchProgram,Reservations}"; Flags: nowait postinstall skipifsilent
