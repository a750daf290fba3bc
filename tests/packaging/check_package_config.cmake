# SPDX-License-Identifier: MPL-2.0
# The Windows installers' and the macOS disk image's description, checked on any host: the project
# is configured again, without its tests and without building anything, as if for that desktop
# (AKADEMIPLAN_PACKAGE_PLATFORM), and what CPack would be given is read back. For Windows, NSIS
# then compiles the installer script CPack writes, around a stand-in for the program.
#   cmake -DPLATFORM=Windows|macOS -DSOURCE_DIR=… -DWORK_DIR=… -DICONS_DIR=<build>/icons
#         -DVERSION=0.1.0 -DCPACK_COMMAND=cpack -P check_package_config.cmake
function(expect what value expected)
    string(FIND "${value}" "${expected}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "${what} lacks\n  ${expected}\nin\n  ${value}")
    endif()
endfunction()

function(expect_equal what value expected)
    if(NOT value STREQUAL expected)
        message(FATAL_ERROR "${what} is '${value}', not '${expected}'")
    endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(build "${WORK_DIR}/build")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${build}" -G Ninja
            -DAKADEMIPLAN_BUILD_TESTS=OFF -DAKADEMIPLAN_PACKAGE_PLATFORM=${PLATFORM}
    OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE failed)
if(failed OR errors MATCHES "CMake (Error|Warning)")
    message(FATAL_ERROR "Configuring for ${PLATFORM} failed:\n${output}\n${errors}")
endif()

include("${build}/CPackConfig.cmake")
expect_equal("CPACK_PACKAGE_VERSION" "${CPACK_PACKAGE_VERSION}" "${VERSION}")
string(REPLACE "." ";" parts "${VERSION}")
list(GET parts 0 major)
list(GET parts 1 minor)
list(GET parts 2 patch)

if(PLATFORM STREQUAL "Windows")
    expect_equal("CPACK_GENERATOR" "${CPACK_GENERATOR}" "NSIS;WIX")
    expect_equal("the Start-menu entry" "${CPACK_PACKAGE_EXECUTABLES}" "akademiplan;Akademiplan")
    expect_equal("the installer's icon" "${CPACK_NSIS_MUI_ICON}" "${build}/icons/akademiplan.ico")
    expect_equal("the .msi's icon" "${CPACK_WIX_PRODUCT_ICON}" "${build}/icons/akademiplan.ico")
    expect_equal("the WiX cultures" "${CPACK_WIX_CULTURES}" "da-DK")
    # CMake's expressions know no {8}: the shape is checked by its dashes and its length.
    string(LENGTH "${CPACK_WIX_UPGRADE_GUID}" guid_length)
    if(NOT CPACK_WIX_UPGRADE_GUID MATCHES "^[0-9A-F]+-[0-9A-F]+-[0-9A-F]+-[0-9A-F]+-[0-9A-F]+$" OR NOT guid_length EQUAL 36)
        message(FATAL_ERROR "The .msi has no fixed upgrade code: '${CPACK_WIX_UPGRADE_GUID}'")
    endif()
    if(NOT CPACK_RESOURCE_FILE_LICENSE MATCHES "\\.txt$" OR NOT EXISTS "${CPACK_RESOURCE_FILE_LICENSE}")
        message(FATAL_ERROR "WiX cannot read the licence '${CPACK_RESOURCE_FILE_LICENSE}'")
    endif()
    file(READ "${CPACK_WIX_PATCH_FILE}" wix_patch)
    expect("the WiX association" "${wix_patch}" [[<ProgId Id="Akademiplan.Project"]])
    expect("the WiX association" "${wix_patch}" [[<Extension Id="akademi" ContentType="application/x-akademiplan">]])
    expect("the WiX association" "${wix_patch}" [[Argument="&quot;%1&quot;"]])

    set(install "${CPACK_NSIS_EXTRA_INSTALL_COMMANDS}")
    expect("the NSIS install commands" "${install}"
        [[WriteRegStr SHCTX "Software\Classes\.akademi" "" "Akademiplan.Project"]])
    expect("the NSIS install commands" "${install}"
        [[WriteRegStr SHCTX "Software\Classes\Akademiplan.Project\DefaultIcon" "" '"$INSTDIR\bin\akademiplan.exe",1']])
    expect("the NSIS install commands" "${install}"
        [[WriteRegStr SHCTX "Software\Classes\Akademiplan.Project\shell\open\command" "" '"$INSTDIR\bin\akademiplan.exe" "%1"']])
    expect("the NSIS install commands" "${install}" [[shell32::SHChangeNotify(i 0x08000000]])
    set(uninstall "${CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS}")
    expect("the NSIS uninstall commands" "${uninstall}" [[DeleteRegKey SHCTX "Software\Classes\Akademiplan.Project"]])
    expect("the NSIS uninstall commands" "${uninstall}" [[DeleteRegKey SHCTX "Software\Classes\.akademi"]])
    expect("the NSIS uninstall commands" "${uninstall}" [[shell32::SHChangeNotify(i 0x08000000]])

    file(READ "${build}/packaging/akademiplan.rc" resources)
    expect("the executable's resources" "${resources}" "1 ICON \"${build}/icons/akademiplan.ico\"")
    expect("the executable's resources" "${resources}" "2 ICON \"${build}/icons/akademiplan-document.ico\"")
    expect("the executable's resources" "${resources}" "FILEVERSION ${major},${minor},${patch},0")
    expect("the executable's resources" "${resources}" "VALUE \"ProductVersion\", \"${VERSION}\"")

    # makensis compiles CPack's script around a stand-in for the installed program, with the icons
    # of the real build: what CPack would run on Windows, bar the files it packs.
    find_program(MAKENSIS makensis)
    if(NOT MAKENSIS)
        message(FATAL_ERROR "makensis is missing: install nsis (apt install nsis)")
    endif()
    file(COPY "${ICONS_DIR}/" DESTINATION "${build}/icons")
    file(WRITE "${WORK_DIR}/stand-in/bin/akademiplan.exe" "not a program")
    file(READ "${build}/CPackConfig.cmake" config)
    file(WRITE "${WORK_DIR}/CPackStandIn.cmake" "${config}
set(CPACK_INSTALL_CMAKE_PROJECTS \"\")
set(CPACK_INSTALLED_DIRECTORIES \"${WORK_DIR}/stand-in;.\")
set(CPACK_PACKAGE_DIRECTORY \"${WORK_DIR}/installer\")
set(CPACK_PRE_BUILD_SCRIPTS \"\")
set(CPACK_STRIP_FILES OFF)
")
    execute_process(COMMAND "${CPACK_COMMAND}" --config "${WORK_DIR}/CPackStandIn.cmake" -G NSIS
        WORKING_DIRECTORY "${WORK_DIR}"
        OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE failed)
    file(GLOB installers "${WORK_DIR}/installer/*.exe")
    if(failed OR NOT installers)
        message(FATAL_ERROR "NSIS could not compile the installer script:\n${output}\n${errors}")
    endif()
elseif(PLATFORM STREQUAL "macOS")
    expect_equal("CPACK_GENERATOR" "${CPACK_GENERATOR}" "DragNDrop")
    expect_equal("the disk's name" "${CPACK_DMG_VOLUME_NAME}" "Akademiplan")
    expect_equal("the disk's icon" "${CPACK_PACKAGE_ICON}" "${build}/icons/akademiplan.icns")

    set(plist "${build}/packaging/Info.plist")
    find_program(XMLLINT xmllint)
    if(NOT XMLLINT)
        message(FATAL_ERROR "xmllint is missing: install libxml2-utils (apt install libxml2-utils)")
    endif()
    execute_process(COMMAND "${XMLLINT}" --noout "${plist}" ERROR_VARIABLE errors RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "Info.plist is not well-formed:\n${errors}")
    endif()
    file(READ "${plist}" info)
    string(REGEX REPLACE "<!--[^>]*-->" "" info "${info}")
    string(REGEX REPLACE ">[ \n]+<" "><" info "${info}")
    expect("Info.plist" "${info}" "<key>CFBundleIdentifier</key><string>dk.akademiplan.Akademiplan</string>")
    expect("Info.plist" "${info}" "<key>CFBundleExecutable</key><string>Akademiplan</string>")
    expect("Info.plist" "${info}" "<key>CFBundleShortVersionString</key><string>${VERSION}</string>")
    expect("Info.plist" "${info}" "<key>CFBundleIconFile</key><string>akademiplan.icns</string>")
    expect("Info.plist" "${info}" "<key>CFBundleDevelopmentRegion</key><string>da</string>")
    expect("Info.plist" "${info}" "<key>CFBundleLocalizations</key><array><string>da</string><string>en</string></array>")
    expect("Info.plist" "${info}" "<key>UTTypeIdentifier</key><string>dk.akademiplan.project</string>")
    expect("Info.plist" "${info}" "<array><string>public.data</string><string>public.database</string></array>")
    expect("Info.plist" "${info}" "<key>public.filename-extension</key><array><string>akademi</string></array>")
    expect("Info.plist" "${info}" "<key>public.mime-type</key><array><string>application/x-akademiplan</string></array>")
    expect("Info.plist" "${info}" "<key>LSItemContentTypes</key><array><string>dk.akademiplan.project</string></array>")
    expect("Info.plist" "${info}" "<key>CFBundleTypeRole</key><string>Editor</string>")
else()
    message(FATAL_ERROR "PLATFORM must be Windows or macOS")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "The ${PLATFORM} package is described as it should be")
