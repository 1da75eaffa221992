; DesktopSeg installer for Windows (NSIS 3, Unicode).
;
;   makensis -DVERSION=0.1.0 -DPAYLOAD=dist\DesktopSeg [-DOUTFILE=dist\DesktopSeg-0.1.0-setup.exe] ^
;            installers\windows\desktopseg.nsi
;
; PAYLOAD is the PyInstaller one-folder bundle (DesktopSeg.exe, desktopseg-cli.exe, _internal\).
; Give PAYLOAD and OUTFILE as absolute paths: makensis works in this script's folder.
; The installer needs no administrator rights: it installs for the current user only, into
; %LOCALAPPDATA%\Programs\DesktopSeg, with every registry entry under HKEY_CURRENT_USER:
;   - Start-menu shortcut, and a desktop shortcut when the user ticks it;
;   - .dseg projects open in DesktopSeg (HKCU\Software\Classes);
;   - "Open with" DesktopSeg for spreadsheets;
;   - the uninstaller in Settings > Apps (HKCU\...\Uninstall\DesktopSeg).

Unicode true
!ifndef VERSION
  !error "Pass the version: makensis -DVERSION=x.y.z -DPAYLOAD=folder desktopseg.nsi"
!endif
!ifndef PAYLOAD
  !error "Pass the bundle folder: -DPAYLOAD=dist\DesktopSeg"
!endif
!ifndef OUTFILE
  !define OUTFILE "DesktopSeg-${VERSION}-setup.exe"
!endif

!define APP_NAME "DesktopSeg"
!define APP_EXE "DesktopSeg.exe"
!define PUBLISHER "DesktopSeg"
!define PROG_ID "DesktopSeg.Project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define SETTINGS_KEY "Software\${APP_NAME}"
; Relative to this file: makensis works in the script's folder. Forward slashes suit both Windows and Linux.
!define ICON "../../resources/icons/desktopseg.ico"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
; Per-user: no UAC prompt, works on locked-down shop and office PCs.
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
; Qt, NumPy and Arrow libraries compress about 3:1 solid; the installer stays one download.
SetCompressor /SOLID lzma
ManifestDPIAware true
BrandingText "${APP_NAME} ${VERSION}"

; Version resource shown in the file's Properties (needs four numbers).
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The app's languages; NSIS picks the one matching Windows' display language.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "Finnish"

LangString SEC_APP ${LANG_ENGLISH} "DesktopSeg"
LangString SEC_APP ${LANG_KOREAN} "DesktopSeg"
LangString SEC_APP ${LANG_SIMPCHINESE} "DesktopSeg"
LangString SEC_APP ${LANG_TRADCHINESE} "DesktopSeg"
LangString SEC_APP ${LANG_FINNISH} "DesktopSeg"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP ${LANG_KOREAN} "바탕 화면 바로 가기"
LangString SEC_DESKTOP ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SEC_DESKTOP ${LANG_TRADCHINESE} "桌面捷徑"
LangString SEC_DESKTOP ${LANG_FINNISH} "Pikakuvake työpöydälle"
LangString PROJECT_TYPE ${LANG_ENGLISH} "DesktopSeg project"
LangString PROJECT_TYPE ${LANG_KOREAN} "DesktopSeg 프로젝트"
LangString PROJECT_TYPE ${LANG_SIMPCHINESE} "DesktopSeg 项目"
LangString PROJECT_TYPE ${LANG_TRADCHINESE} "DesktopSeg 專案"
LangString PROJECT_TYPE ${LANG_FINNISH} "DesktopSeg-projekti"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade must not keep libraries the new version no longer ships.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall ${APP_NAME}.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; .dseg projects: ProgID, icon, open command (per user, so no admin rights needed).
  WriteRegStr HKCU "Software\Classes\.dseg" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\.dseg" "Content Type" "application/x-desktopseg-project"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(PROJECT_TYPE)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  ; "Open with" for the spreadsheets DesktopSeg reads, without taking them over from Excel.
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".dseg" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".xlsx" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".xls" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".ods" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".csv" ""
  WriteRegStr HKCU "Software\Classes\.xlsx\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr HKCU "Software\Classes\.csv\OpenWithProgids" "${PROG_ID}" ""

  ; Settings > Apps entry; per user, so HKCU.
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall ${APP_NAME}.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall ${APP_NAME}.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED), so icons update at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ; Only what the installer put there: never a recursive delete of a folder the user chose.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\desktopseg-cli.exe"
  Delete "$INSTDIR\Uninstall ${APP_NAME}.exe"
  RMDir "$INSTDIR"

  ; Leave .dseg pointing elsewhere alone if another program took it over since.
  ReadRegStr $0 HKCU "Software\Classes\.dseg" ""
  StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.dseg"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  DeleteRegValue HKCU "Software\Classes\.xlsx\OpenWithProgids" "${PROG_ID}"
  DeleteRegValue HKCU "Software\Classes\.csv\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The app's own QSettings live under the same key (Software\DesktopSeg\DesktopSeg): keep
  ; them, like the projects, logs and autosaves in %LOCALAPPDATA%\DesktopSeg. They are the user's.
  DeleteRegValue HKCU "${SETTINGS_KEY}" "InstallDir"
  DeleteRegKey /ifempty HKCU "${SETTINGS_KEY}"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
