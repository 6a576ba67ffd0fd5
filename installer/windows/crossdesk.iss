; Inno Setup script for CrossDesk (跨部门协作台).
; installer/build.py --installer fills the @...@ placeholders and runs ISCC on a copy;
; to run ISCC by hand, pass the values instead:
;   iscc /DAppVersion=0.1.0 /DBundleDir=C:\path\dist\crossdesk /DIconFile=C:\path\crossdesk.ico
;        /DOutputDir=C:\path\dist installer\windows\crossdesk.iss

#ifndef AppVersion
  #define AppVersion "@VERSION@"
#endif
#ifndef BundleDir
  #define BundleDir "@BUNDLE_DIR@"
#endif
#ifndef IconFile
  #define IconFile "@ICON_FILE@"
#endif
#ifndef OutputDir
  #define OutputDir "@OUTPUT_DIR@"
#endif
#define AppName "CrossDesk"
#define AppExe "crossdesk.exe"
#define ProgId "CrossDesk.Workspace"

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{5B1F0C1E-7F3A-4C55-9A41-3C2D8E6B0D17}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CrossDesk
DefaultDirName={autopf}\CrossDesk
DefaultGroupName=CrossDesk
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may choose
; to install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=CrossDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese ships with recent Inno Setup; older versions keep it as an unofficial
; translation, which may be placed beside this script.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(SourcePath + "ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "{#SourcePath}ChineseSimplified.isl"
#endif

[CustomMessages]
en.AppComment=Plan, track and evaluate cross-department collaboration initiatives
en.FileTypeName=CrossDesk workspace
en.AssocTask=Open .crossdesk workspace files with CrossDesk
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl") || FileExists(SourcePath + "ChineseSimplified.isl")
zh_CN.AppComment=规划、跟踪和评估跨部门协作项目
zh_CN.FileTypeName=跨部门协作台工作区
zh_CN.AssocTask=用 CrossDesk 打开 .crossdesk 工作区文件
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; The .crossdesk file type: double-clicking a workspace opens it in CrossDesk, shown with
; the program's icon. HKA is HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.crossdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.crossdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".crossdesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
