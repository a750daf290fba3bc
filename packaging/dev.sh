#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# Set up, build and run Akademiplan from a source checkout on Debian or Ubuntu.
#   packaging/dev.sh example   install what is missing, build, open the example academy
#   packaging/dev.sh test      install what is missing, build, run the whole test suite
# Both are safe to repeat and quick when nothing has changed.
set -eu

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
PACKAGES="cmake ninja-build g++ pkg-config qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools
qt6-translations-l10n libqt6svg6 catch2 libsqlite3-dev libharfbuzz-dev sqlite3 fonts-dejavu-core poppler-utils qpdf python3-icalendar
libreoffice-calc-nogui postgresql libqt6sql6-psql qtkeychain-qt6-dev
lintian desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl man-db
icoutils icnsutils nsis libxml2-utils chromium"
# The web page's checks run on node (tests/web). A node that came from elsewhere brings its own
# npm, which Debian's npm package would conflict with, so Debian's are only for a machine without.
if ! command -v npm >/dev/null 2>&1; then
    PACKAGES="$PACKAGES nodejs npm"
fi

install_missing() {
    missing=""
    for package in $PACKAGES; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $package"
        fi
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
}

build() {
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$BUILD_DIR" --parallel
}

web_tools() {
    # The exact versions in tests/web/package-lock.json, again whenever the lock file is newer.
    modules=tests/web/node_modules
    if [ ! -d "$modules" ] || [ tests/web/package-lock.json -nt "$modules" ]; then
        (cd tests/web && npm ci --no-audit --no-fund)
        touch "$modules"
    fi
}

private_runtime_dir() {
    # Qt wants a private runtime folder; headless machines often have none.
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ]; then
        XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/akademiplan-runtime.XXXXXX")
        chmod 700 "$XDG_RUNTIME_DIR"
        export XDG_RUNTIME_DIR
    fi
}

case "${1:-}" in
example)
    install_missing
    build
    private_runtime_dir
    example="$BUILD_DIR/example/silkeborg.akademi"
    # Made again whenever the program is newer, so that it shows what this build can do.
    if [ ! -f "$example" ] || [ "$BUILD_DIR/bin/akademiplan" -nt "$example" ]; then
        mkdir -p "$(dirname "$example")"
        rm -f "$example"
        "$BUILD_DIR/bin/akademiplan" --new "$example" --municipality 740 --example
    fi
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$BUILD_DIR/bin/akademiplan" "$example"
    fi
    echo "No display here, so the window cannot open. The example academy, summarised:"
    "$BUILD_DIR/bin/akademiplan" --check "$example"
    exec "$BUILD_DIR/bin/akademiplan" --info "$example"
    ;;
test)
    install_missing
    web_tools
    build
    private_runtime_dir
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel 2
    ;;
*)
    echo "usage: packaging/dev.sh example|test" >&2
    exit 1
    ;;
esac
