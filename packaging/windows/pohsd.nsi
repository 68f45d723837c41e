; Per-user installer for pohsd (POH Sociaal Domein): no administrator rights needed.
;
;   makensis /DVERSION=0.1.0 /DSRCDIR=..\..\dist\pohsd /DOUTFILE=pohsd-0.1.0-setup.exe pohsd.nsi
;
; Installs the PyInstaller onedir into %LOCALAPPDATA%\Programs\pohsd, adds a Start-menu entry
; and an entry under "Apps" (HKCU). The uninstaller KEEPS the data in %LOCALAPPDATA%\pohsd
; (database, key file, sociale kaart, back-ups, logs) unless "ook mijn gegevens verwijderen" is
; ticked and confirmed. See packaging/README.md and docs/beheer.md.

Unicode true
!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SRCDIR
  !define SRCDIR "..\..\build\dist\pohsd"
!endif
!ifndef OUTFILE
  !define OUTFILE "pohsd-${VERSION}-setup.exe"
!endif
!define APPNAME "POH Sociaal Domein"
!define APPID "pohsd"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define DATADIR "$LOCALAPPDATA\${APPID}"

Name "${APPNAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPID}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

; The version resource of the installer itself.
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1043 "FileDescription" "Installatie van ${APPNAME}"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "EUPL-1.2"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\pohsd.exe"
!define MUI_FINISHPAGE_RUN_TEXT "${APPNAME} nu starten"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"

Var RemoveData
Var RemoveDataBox

Section "pohsd" SecMain
  SectionIn RO
  SetShellVarContext current
  ; An update replaces the program files only; the data folder is never touched here.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\pohsd.exe" "" "$INSTDIR\pohsd.exe" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME} (demo).lnk" "$INSTDIR\pohsd.exe" "--demo" "$INSTDIR\pohsd.exe" 0

  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "pohsd"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\pohsd.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  StrCpy $RemoveData 0
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "Uw gegevens" "Wat gebeurt er met de gegevens op deze pc?"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 48u "Het programma wordt verwijderd. Uw gegevens (database, sleutelbestand, sociale kaart, back-ups en logboeken in ${DATADIR}) blijven staan, zodat u na een nieuwe installatie verder kunt werken."
  Pop $0
  ${NSD_CreateCheckbox} 0 56u 100% 12u "ook mijn gegevens verwijderen"
  Pop $RemoveDataBox
  ${NSD_CreateLabel} 0 74u 100% 36u "Alleen aanvinken als u deze pc wegdoet of de gegevens elders staan: zonder back-up zijn ze daarna niet terug te halen."
  Pop $0
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataBox $RemoveData
  ${If} $RemoveData == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "Alle gegevens van ${APPNAME} op deze pc worden gewist, ook de back-ups in ${DATADIR}. Weet u het zeker?" IDYES +2
    Abort
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME} (demo).lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\pohsd.exe"
  Delete "$INSTDIR\pohsd-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  ; A silent uninstall (/S) never removes data.
  ${If} $RemoveData == ${BST_CHECKED}
    RMDir /r "${DATADIR}"
  ${EndIf}
SectionEnd
