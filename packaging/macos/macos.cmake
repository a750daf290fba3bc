# SPDX-License-Identifier: MPL-2.0
# The macOS disk image: `cpack` in the build folder makes a .dmg holding Akademiplan.app, to be
# dragged to Applications. Included from packaging/CMakeLists.txt; on another host
# (AKADEMIPLAN_PACKAGE_PLATFORM=macOS) it only describes it, so that the configuration can be
# checked without a Mac.
set(app_icns "${AKADEMIPLAN_ICONS_DIR}/akademiplan.icns")
set(document_icns "${AKADEMIPLAN_ICONS_DIR}/akademiplan-document.icns")

# Finder shows the bundle's folder name, so it is capitalised as the program's name is.
set(bundle_executable "Akademiplan")
# What Qt 6.4 itself needs.
set(bundle_minimum_system "10.14")
configure_file("${CMAKE_CURRENT_LIST_DIR}/Info.plist.in" "${CMAKE_CURRENT_BINARY_DIR}/Info.plist" @ONLY)
if(APPLE)
    set_target_properties(akademiplan PROPERTIES
        OUTPUT_NAME "${bundle_executable}"
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist")
    # The icons into Contents/Resources, where Info.plist names them.
    target_sources(akademiplan PRIVATE "${app_icns}" "${document_icns}")
    set_source_files_properties("${app_icns}" "${document_icns}" TARGET_DIRECTORY akademiplan
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
    add_dependencies(akademiplan akademiplan_icon_files)
endif()

# The Qt frameworks and plugins (the SQLite driver among them) into the bundle, by macdeployqt at
# install time. Qt's Danish catalogue is not among what it copies, so it is installed here.
akademiplan_install_qt_deployment()
set(qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
if(EXISTS "${qt_translations}/qtbase_da.qm")
    install(FILES "${qt_translations}/qtbase_da.qm" DESTINATION "${bundle_executable}.app/Contents/translations")
endif()

set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "Akademiplan-${PROJECT_VERSION}")
set(CPACK_DMG_VOLUME_NAME "Akademiplan")
set(CPACK_DMG_FORMAT "UDZO")
# The disk's icon in Finder.
set(CPACK_PACKAGE_ICON "${app_icns}")
