#!/bin/sh
# Make sure the system libraries and tools AuditDesk needs are present.
#   offscreen: what PySide6 needs to import and render headless
#   gui:       plus the X11/xcb libraries of a real window
#   test:      offscreen, plus LibreOffice (recalculates exported workbooks in
#              the tests) and poppler-utils (renders PDF reports to PNG)
# Missing ones are installed with apt-get when we are root on a Debian-like
# system; otherwise we stop and print the exact command to run.
set -eu
mode=${1:-offscreen}

# soname:debian-package
offscreen="libglib-2.0.so.0:libglib2.0-0 libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3"
gui="libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-randr.so.0:libxcb-randr0 libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 libxcb-xinerama.so.0:libxcb-xinerama0 libxcb-xkb.so.1:libxcb-xkb1 libX11-xcb.so.1:libx11-xcb1"
# A font with Vietnamese glyphs for headless rendering (Qt ships none).
fonts="DejaVuSans.ttf:fonts-dejavu-core"

case "$(uname -s)" in Linux) ;; *) exit 0 ;; esac

want="$offscreen"
[ "$mode" = gui ] && want="$offscreen $gui"
# command:debian-package
tools=""
[ "$mode" = test ] && tools="soffice:libreoffice-calc-nogui pdftoppm:poppler-utils"

cache=$( (/sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null) || true)
missing=""
for pair in $want; do
    so=${pair%%:*}; pkg=${pair#*:}
    case "$cache" in *"$so "*) ;; *) missing="$missing $pkg" ;; esac
done
for pair in $fonts; do
    f=${pair%%:*}; pkg=${pair#*:}
    if ! ls /usr/share/fonts/truetype/*/"$f" >/dev/null 2>&1 && ! fc-list 2>/dev/null | grep -q .; then
        missing="$missing $pkg"
    fi
done
for pair in $tools; do
    cmd=${pair%%:*}; pkg=${pair#*:}
    command -v "$cmd" >/dev/null 2>&1 || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

cmd="apt-get update && apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries Qt needs:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
    exit 0
fi
echo "Qt ($mode) needs system libraries that are missing:$missing" >&2
if command -v apt-get >/dev/null 2>&1; then
    echo "Run this once, then try again:  sudo sh -c '$cmd'" >&2
else
    echo "Install your distribution's packages for:$missing" >&2
fi
exit 1
