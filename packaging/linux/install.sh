#!/bin/sh
# Install (or update) Startdag for this user on Linux, from the unpacked bundle folder:
#   sh install.sh            install or update; .startdag files open Startdag on a double-click
#   sh install.sh --remove   remove the program (trajectories, backups and settings stay)
#
# The program goes to ~/.local/opt/startdag. An update replaces only that folder: your
# .startdag files stay where you keep them, backups stay in ~/.local/share/Startdag and
# settings in ~/.config/Startdag.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/startdag
apps=$data/applications
mime=$data/mime
icons=$data/icons/hicolor/512x512

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$apps"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$target"
    rm -f "$apps/startdag.desktop" "$mime/packages/startdag.xml" \
        "$icons/apps/startdag.png" "$icons/mimetypes/application-x-startdag.png"
    refresh
    echo "Startdag is removed. Your trajectories, backups and settings are kept."
    exit 0
fi

if [ "$here" = "$target" ]; then
    echo "This is the installed copy; run install.sh from the new, unpacked Startdag folder." >&2
    exit 1
fi
if [ ! -x "$here/Startdag" ] || [ ! -d "$here/_internal" ]; then
    echo "Run this script from the unpacked Startdag folder (with Startdag and _internal)." >&2
    exit 1
fi

# Copy next to the old version first, then swap: a failed copy leaves the old one working.
mkdir -p "$(dirname "$target")"
rm -rf "$target.new"
cp -a "$here" "$target.new"
rm -rf "$target.old"
if [ -d "$target" ]; then mv "$target" "$target.old"; fi
mv "$target.new" "$target"
rm -rf "$target.old"

mkdir -p "$apps" "$mime/packages" "$icons/apps" "$icons/mimetypes"
sed "s|^Exec=.*|Exec=\"$target/Startdag\" %f|; s|^TryExec=.*|TryExec=$target/Startdag|" \
    "$here/startdag.desktop" > "$apps/startdag.desktop"
cp "$here/startdag-mime.xml" "$mime/packages/startdag.xml"
cp "$here/startdag.png" "$icons/apps/startdag.png"
cp "$here/startdag.png" "$icons/mimetypes/application-x-startdag.png"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default startdag.desktop application/x-startdag
fi
echo "Startdag is installed in $target."
echo "Start it from the applications menu, or double-click a .startdag file."
