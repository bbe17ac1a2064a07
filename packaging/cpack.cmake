# Packaging: a Debian package with both executables, the desktop entry, the icon and the
# AppStream metainfo. Included from the top-level CMakeLists.txt after all targets exist;
# the executables carry their own install(TARGETS) rules.
include(GNUInstallDirs)

set(SALVAGE_APP_ID "io.salvage.Salvage")
set(_salvage_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")

install(FILES "${_salvage_packaging_dir}/linux/${SALVAGE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/salvage.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${SALVAGE_APP_ID}.svg")
install(FILES "${_salvage_packaging_dir}/linux/${SALVAGE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

set(CPACK_PACKAGE_NAME "salvage")
set(CPACK_PACKAGE_VENDOR "The Salvage developers")
set(CPACK_PACKAGE_CONTACT "The Salvage developers <salvage@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Salvage")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

if(NOT DEFINED CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB")
endif()

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "database")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# CPack adds CPACK_PACKAGE_DESCRIPTION_SUMMARY as the synopsis line and indents the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "\
Salvage browses the active rows and the trash of databases that use soft
deletes (deleted_at timestamps or is_deleted flags), restores or permanently
purges trashed rows, and records every change with its actor in an audit
table. It works with SQLite files and PostgreSQL servers.
The package contains the desktop application (salvage) and the command line
tool (salvage-cli).")
# dpkg-shlibdeps finds the linked libraries (Qt, libc). The SQL drivers and the SVG icon
# engine are plugins loaded at run time, which it cannot see: name them here; the
# discovered dependencies are appended to this list.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")

# `cpack --config CPackSourceConfig.cmake` must not sweep up build trees or editor state.
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/" "\\\\.user$")

include(CPack)
