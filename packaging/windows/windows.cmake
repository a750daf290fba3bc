# SPDX-License-Identifier: MPL-2.0
# The Windows installers: `cpack` in the build folder makes an NSIS .exe and a WiX .msi. Included
# from packaging/CMakeLists.txt; on another host (AKADEMIPLAN_PACKAGE_PLATFORM=Windows) it only
# describes them, so that the configuration can be checked without a Windows machine.
set(app_ico "${AKADEMIPLAN_ICONS_DIR}/akademiplan.ico")
set(document_ico "${AKADEMIPLAN_ICONS_DIR}/akademiplan-document.ico")

# The icons and the version in the executable.
configure_file("${CMAKE_CURRENT_LIST_DIR}/akademiplan.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/akademiplan.rc" @ONLY)
if(WIN32)
    target_sources(akademiplan PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/akademiplan.rc")
    set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/akademiplan.rc" TARGET_DIRECTORY akademiplan
        PROPERTIES OBJECT_DEPENDS "${app_ico};${document_ico}")
    add_dependencies(akademiplan akademiplan_icon_files)
endif()

# The Qt libraries, plugins (the SQLite driver among them) and Qt's own catalogues beside the
# program, by windeployqt at install time. Qt 6.4 runs it with its defaults: every plugin of the
# modules the program uses and every language of Qt's catalogues; bin/qt.conf points Qt there.
akademiplan_install_qt_deployment()
# The Visual C++ runtime beside the program, so that a machine without it needs no other installer.
if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
endif()

# The values below reach the installers exactly as written here: backslashes and quotes included.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_GENERATOR "NSIS;WIX")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Akademiplan")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Akademiplan")
# The Start-menu entry: bin/akademiplan.exe, named Akademiplan.
set(CPACK_PACKAGE_EXECUTABLES "akademiplan" "Akademiplan")
# WiX reads a licence as .txt or .rtf only, by its extension.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")

# The association of .akademi, as windows/README.md describes it. SHCTX is the machine's classes
# for an administrator's install and the user's otherwise, the same in the uninstaller.
set(open_command [["$INSTDIR\bin\akademiplan.exe" "%1"]])
set(shell_notify [[System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)']])
string(JOIN "\n" CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    [[WriteRegStr SHCTX "Software\Classes\.akademi" "" "Akademiplan.Project"]]
    [[WriteRegStr SHCTX "Software\Classes\.akademi" "Content Type" "application/x-akademiplan"]]
    [[WriteRegStr SHCTX "Software\Classes\.akademi\OpenWithProgids" "Akademiplan.Project" ""]]
    [[WriteRegStr SHCTX "Software\Classes\Akademiplan.Project" "" "Akademiplan project"]]
    [[WriteRegStr SHCTX "Software\Classes\Akademiplan.Project\DefaultIcon" "" '"$INSTDIR\bin\akademiplan.exe",1']]
    "WriteRegStr SHCTX \"Software\\Classes\\Akademiplan.Project\\shell\\open\\command\" \"\" '${open_command}'"
    "${shell_notify}")
# The extension's own key goes only while it still names Akademiplan: another program may have
# taken it over since.
string(JOIN "\n" CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    [[DeleteRegKey SHCTX "Software\Classes\Akademiplan.Project"]]
    [[DeleteRegValue SHCTX "Software\Classes\.akademi\OpenWithProgids" "Akademiplan.Project"]]
    [[ReadRegStr $0 SHCTX "Software\Classes\.akademi" ""]]
    [[StrCmp $0 "Akademiplan.Project" 0 +2]]
    [[DeleteRegKey SHCTX "Software\Classes\.akademi"]]
    "${shell_notify}")

# NSIS: the installer in the language of Windows where NSIS has it (Danish among them), English
# otherwise; CPack's script carries all of NSIS's languages.
set(CPACK_NSIS_PACKAGE_NAME "Akademiplan")
set(CPACK_NSIS_DISPLAY_NAME "Akademiplan")
set(CPACK_NSIS_MUI_ICON "${app_ico}")
set(CPACK_NSIS_MUI_UNIICON "${app_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME [[bin\akademiplan.exe]])
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "hello@akademiplan.dk")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "akademiplan.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# WiX: the same program, association and Start-menu entry as an .msi, with WiX's Danish texts.
# The upgrade code stays the same in every version, so that a new .msi replaces the old one.
set(CPACK_WIX_UPGRADE_GUID "5E0F2C1B-8A3D-4C6E-9B7A-2D41F6A8C903")
set(CPACK_WIX_PRODUCT_ICON "${app_ico}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Akademiplan")
set(CPACK_WIX_CULTURES "da-DK")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/association.wxs")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "hello@akademiplan.dk")
