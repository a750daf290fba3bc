#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# Installs an Akademiplan Debian package on a minimal Debian 12 made by debootstrap, the way a
# user installs it (apt-get install ./akademiplan_*.deb fetches exactly the declared
# dependencies), and runs it there without a display. With --desktop it also opens the example
# project through xdg-open under Xvfb, as a file manager's double-click does, and saves
# screenshots of the opened window, of the file in a file manager and of the applications menu.
#   try-on-clean-debian.sh PACKAGE.deb FOLDER [--desktop]
# Needs root (chroot, mounts), debootstrap, and a Debian mirror (MIRROR, default deb.debian.org).
# FOLDER is made on the first run and reused after; the screenshots land in FOLDER/screenshots.
set -eu

[ $# -ge 2 ] || { echo "usage: $0 PACKAGE.deb FOLDER [--desktop]" >&2; exit 1; }
package=$(realpath "$1")
root=$(realpath -m "$2")
desktop=${3:-}
mirror=${MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "$0 needs root for chroot" >&2; exit 1; }
[ -f "$package" ] || { echo "$package: no such package" >&2; exit 1; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
    echo "Making a minimal Debian 12 in $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror"
fi

mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mounted="$root/dev $root/proc"
cleanup() {
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
    for point in $mounted; do umount -l "$point" 2>/dev/null || true; done
}
trap cleanup EXIT

inside() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

cp "$package" "$root/tmp/"
inside apt-get update -qq
echo "Installing $(basename "$package") and what it declares"
inside apt-get install -y -qq "/tmp/$(basename "$package")"
inside dpkg -s akademiplan | sed -n 's/^\(Version\|Depends\): /  \1: /p'

echo "Running it without a display"
inside akademiplan --version
rm -f "$root/tmp/silkeborg.akademi" "$root/tmp/plan.pdf"
inside akademiplan --new /tmp/silkeborg.akademi --municipality 740 --example
inside akademiplan --check /tmp/silkeborg.akademi
inside akademiplan --export-pdf /tmp/plan.pdf /tmp/silkeborg.akademi
head -c 5 "$root/tmp/plan.pdf" | grep -q '%PDF-' || { echo "no programme plan was written" >&2; exit 1; }
echo "  a programme plan of $(wc -c <"$root/tmp/plan.pdf") bytes"

[ "$desktop" = "--desktop" ] || exit 0

echo "Opening the example from a file manager's point of view, under Xvfb"
# What a desktop brings besides the program: a display, xdg-utils, a file manager with its
# applications menu, and the Danish locale.
inside apt-get install -y -qq --no-install-recommends xvfb xauth xdg-utils pcmanfm lxmenu-data \
    x11-apps locales >/dev/null 2>&1
sed -i 's/^# *da_DK.UTF-8 UTF-8/da_DK.UTF-8 UTF-8/' "$root/etc/locale.gen"
inside locale-gen >/dev/null
mkdir -p "$root/root/Dokumenter" "$root/screenshots" "$root/run/user/0"
chmod 700 "$root/run/user/0"
rm -f "$root/root/Dokumenter/"*.akademi
inside env LANG=da_DK.UTF-8 LANGUAGE=da akademiplan --new "/root/Dokumenter/Silkeborg innovationsakademi.akademi" \
    --municipality 740 --example
display=:71
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp \
    >/dev/null 2>&1 &
xvfb=$!
sleep 2
session() {
    inside env DISPLAY="$display" LANG=da_DK.UTF-8 LANGUAGE=da XDG_RUNTIME_DIR=/run/user/0 \
        XDG_DATA_DIRS=/usr/local/share:/usr/share "$@"
}
shot() {
    sleep "$2"
    inside env DISPLAY="$display" xwd -root -silent >"$root/screenshots/$1.xwd"
    echo "  screenshots/$1.xwd"
}

stop_file_manager() {
    inside sh -c 'for p in /proc/[0-9]*; do [ "$(cat $p/comm 2>/dev/null)" = pcmanfm ] && kill ${p#/proc/}; done' || true
    sleep 1
}

# xdg-open with no desktop session asks the MIME database for the file's type and the desktop
# database for the program that opens it, then runs that program's Exec line with the file.
session xdg-open "/root/Dokumenter/Silkeborg innovationsakademi.akademi" &
shot opened-with-xdg-open 6
opened=$(inside sh -c 'for p in /proc/[0-9]*; do [ "$(cat $p/comm 2>/dev/null)" = akademiplan ] &&
    tr "\0" " " <"$p/cmdline"; done' || true)
echo "  running: ${opened:-nothing}"
[ -n "$opened" ] || { echo "xdg-open did not start Akademiplan" >&2; exit 1; }
inside sh -c 'for p in /proc/[0-9]*; do [ "$(cat $p/comm 2>/dev/null)" = akademiplan ] && kill ${p#/proc/}; done' || true

# The list view shows the type's name beside the icon: what the MIME definition calls the file.
mkdir -p "$root/root/.config/pcmanfm/default"
printf '[ui]\nwin_width=960\nwin_height=360\nview_mode=list\n' >"$root/root/.config/pcmanfm/default/pcmanfm.conf"
session pcmanfm --no-desktop "/root/Dokumenter" &
shot file-manager 4
stop_file_manager
printf '[ui]\nwin_width=960\nwin_height=360\nview_mode=icon\n' >"$root/root/.config/pcmanfm/default/pcmanfm.conf"
session pcmanfm --no-desktop "menu://applications/Office" &
shot applications-menu 4
stop_file_manager
echo "Screenshots (X window dumps) are in $root/screenshots; convert with: convert x.xwd x.png"
