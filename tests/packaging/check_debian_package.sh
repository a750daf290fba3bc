#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# The Debian package as a user gets it: built by cpack from this build, judged by lintian and the
# freedesktop validators, unpacked into a temporary root and run from there without a display,
# and its file type recognised by the tools a file manager asks, also for a renamed project file.
#   check_debian_package.sh BUILD_DIR SOURCE_DIR
set -eu
build_dir=$1
source_dir=$2

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# Each tool with the Debian package that brings it; packaging/dev.sh installs them all.
for needed in cpack:cmake dpkg-deb:dpkg lintian:lintian desktop-file-validate:desktop-file-utils \
    appstreamcli:appstream update-mime-database:shared-mime-info update-desktop-database:desktop-file-utils \
    xdg-mime:xdg-utils mimetype:libfile-mimeinfo-perl pdfinfo:poppler-utils pdftotext:poppler-utils \
    sqlite3:sqlite3 man:man-db; do
    command -v "${needed%%:*}" >/dev/null 2>&1 ||
        fail "${needed%%:*} is missing: apt-get install ${needed#*:} (or run packaging/dev.sh test)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/akademiplan-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- Build the package -------------------------------------------------------------------------
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack -G DEB could not build the package"; }
set -- "$work"/out/akademiplan_*.deb
[ -f "$1" ] || fail "cpack made no akademiplan_*.deb"
deb=$1
echo "Built $(basename "$deb")"

# --- lintian: no errors, and no warnings but the ones packaging/README.md explains --------------
# Running as root (CI) makes lintian say so on stderr; that is not about the package.
lintian --fail-on error,warning --suppress-tags-from-file "$source_dir/packaging/linux/lintian-explained" \
    "$deb" >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log" >&2; fail "lintian found errors or warnings"; }
grep -v 'running with root privileges' "$work/lintian.log" || true
echo "lintian: no errors or unexplained warnings"

# --- What the package holds and needs ------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/akademiplan \
    /usr/share/applications/dk.akademiplan.Akademiplan.desktop \
    /usr/share/metainfo/dk.akademiplan.Akademiplan.metainfo.xml \
    /usr/share/mime/packages/dk.akademiplan.Akademiplan.xml \
    /usr/share/man/man1/akademiplan.1.gz \
    /usr/share/doc/akademiplan/copyright \
    /usr/share/icons/hicolor/scalable/apps/dk.akademiplan.Akademiplan.svg; do
    grep -qx "$path" "$work/contents" || fail "the package does not hold $path"
done
# The program's icon and the project file's document icon at every size a desktop asks for.
for size in 16 24 32 48 64 128 256; do
    for icon in apps/dk.akademiplan.Akademiplan mimetypes/application-x-akademiplan; do
        grep -qx "/usr/share/icons/hicolor/${size}x${size}/$icon.png" "$work/contents" ||
            fail "the package has no ${size}x${size} $icon.png"
    done
done
grep -qx /usr/share/icons/hicolor/scalable/mimetypes/application-x-akademiplan.svg "$work/contents" ||
    fail "the package has no scalable document icon"
depends=$(dpkg-deb -f "$deb" Depends)
# Computed by dpkg-shlibdeps from what the program links, plus the three Qt plugins it loads.
for library in libqt6widgets6 libqt6sql6 libqt6printsupport6 libc6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libharfbuzz-subset0; do
    echo "$depends" | grep -q "\\b$library\\b" || fail "Depends lacks $library: $depends"
done

# --- Unpacked into a temporary root ---------------------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
desktop-file-validate "$share/applications/dk.akademiplan.Akademiplan.desktop" ||
    fail "desktop-file-validate rejects the desktop entry"
appstreamcli validate --no-net "$share/metainfo/dk.akademiplan.Akademiplan.metainfo.xml" >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli rejects the metainfo"; }
# The tree as a software centre reads it: metainfo, desktop entry and icon must belong together.
appstreamcli validate-tree --no-net "$root" >"$work/tree.log" 2>&1 ||
    { cat "$work/tree.log" >&2; fail "appstreamcli validate-tree rejects the installed files"; }
zcat "$share/man/man1/akademiplan.1.gz" >"$work/akademiplan.1"
LANG=C.UTF-8 MANWIDTH=80 man --warnings -l "$work/akademiplan.1" >/dev/null 2>"$work/man.log"
[ ! -s "$work/man.log" ] || { cat "$work/man.log" >&2; fail "the manual page has formatting warnings"; }

# The program from the package, with neither a display nor a runtime folder, as a cron job runs it.
program="$root/usr/bin/akademiplan"
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u XDG_RUNTIME_DIR \
        HOME="$work/home" XDG_DATA_HOME="$work/home/data" LANG=C.UTF-8 LANGUAGE= \
        "$program" "$@" 2>"$work/stderr"
    status=$?
    [ ! -s "$work/stderr" ] || { cat "$work/stderr" >&2; fail "akademiplan $1 wrote to stderr"; }
    return $status
}
mkdir -p "$work/home"
version=$(run --version | head -n 1) || fail "akademiplan --version failed"
expected="akademiplan $(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")"
[ "$version" = "$expected" ] || fail "--version says \"$version\", the package is \"$expected\""
# A release changes the version in four places (packaging/README.md); all must agree.
package_version=${expected#akademiplan }
grep -q "^\.TH AKADEMIPLAN 1 [0-9-]* \"Akademiplan $package_version\"" "$work/akademiplan.1" ||
    fail "the manual page's .TH line does not name version $package_version"
grep -q "<release version=\"$package_version\"" "$share/metainfo/dk.akademiplan.Akademiplan.metainfo.xml" ||
    fail "the metainfo has no release $package_version"
zcat "$share/doc/akademiplan/changelog.gz" | head -n 1 | grep -q "^akademiplan ($package_version)" ||
    fail "the changelog does not start with version $package_version"
run --new "$work/silkeborg.akademi" --municipality 740 --example >/dev/null || fail "--new --example failed"
run --check "$work/silkeborg.akademi" >/dev/null || fail "--check rejects the new project"
run --export-pdf "$work/plan.pdf" "$work/silkeborg.akademi" >/dev/null || fail "--export-pdf failed"
pages=$(pdfinfo "$work/plan.pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 3 ] || fail "the programme plan has ${pages:-no} pages"
pdftotext "$work/plan.pdf" - | grep -q "Silkeborg" || fail "the programme plan does not name Silkeborg"
echo "Ran $version from the package: a new example project and a $pages-page programme plan"

# --- The file type, as a file manager sees it -----------------------------------------------------
update-mime-database "$share/mime"
XDG_DATA_DIRS="$share:/usr/share" update-desktop-database "$share/applications"
cp "$work/silkeborg.akademi" "$work/renamed.dat"
sqlite3 "$work/other.dat" 'create table note(text)'
query() {
    env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION -u GNOME_DESKTOP_SESSION_ID \
        XDG_DATA_DIRS="$share:/usr/share" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
        xdg-mime query "$@"
}
[ "$(query filetype "$work/silkeborg.akademi")" = application/x-akademiplan ] ||
    fail "a .akademi file is not recognised as an Akademiplan project"
[ "$(query filetype "$work/renamed.dat")" = application/x-akademiplan ] ||
    fail "a project file renamed to .dat is not recognised by its content"
[ "$(query filetype "$work/other.dat")" = application/vnd.sqlite3 ] ||
    fail "another SQLite database is taken for an Akademiplan project"
[ "$(query default application/x-akademiplan)" = dk.akademiplan.Akademiplan.desktop ] ||
    fail "Akademiplan is not the program that opens a project file"
echo "A project file, also renamed to .dat, is an Akademiplan project and opens in Akademiplan"
