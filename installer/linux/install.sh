#!/bin/sh
# Install CrossDesk from this unpacked folder: for the current user (no root needed), or for
# everyone when run as root. Adds the menu entry, the icon and the .crossdesk file type.
#   ./install.sh              install (for everyone when run as root)
#   ./install.sh --user       install for the current user only, even as root
#   ./install.sh --uninstall  remove it (add --user for a per-user install made as root)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
per_user=no
uninstall=no
for arg in "$@"; do
    case "$arg" in
        --user) per_user=yes ;;
        --uninstall) uninstall=yes ;;
        *) echo "unknown option: $arg (use --user, --uninstall)" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" -eq 0 ] && [ "$per_user" = no ]; then
    prefix=/opt/crossdesk
    share=/usr/share
    bindir=/usr/local/bin
else
    prefix=${XDG_DATA_HOME:-$HOME/.local/share}/crossdesk/program
    share=${XDG_DATA_HOME:-$HOME/.local/share}
    bindir=$HOME/.local/bin
fi

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "$uninstall" = yes ]; then
    rm -rf "$prefix"
    rm -f "$bindir/crossdesk" "$share/applications/crossdesk.desktop" \
        "$share/mime/packages/crossdesk-mime.xml"
    for size in 16 32 48 64 128 256 512; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/crossdesk.png" \
            "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-crossdesk.png"
    done
    rm -f "$share/icons/hicolor/scalable/apps/crossdesk.svg"
    refresh
    echo "CrossDesk removed. Your workspace files were not touched."
    exit 0
fi

mkdir -p "$(dirname "$prefix")" "$bindir" "$share/applications" "$share/mime/packages"
rm -rf "$prefix"
cp -a "$here/crossdesk" "$prefix"
ln -sf "$prefix/crossdesk" "$bindir/crossdesk"

icons="$here/crossdesk/_internal/resources/icons"
for size in 16 32 48 64 128 256 512; do
    for kind in apps mimetypes; do
        mkdir -p "$share/icons/hicolor/${size}x${size}/$kind"
    done
    cp "$icons/crossdesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/crossdesk.png"
    cp "$icons/crossdesk-$size.png" \
        "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-crossdesk.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$icons/crossdesk.svg" "$share/icons/hicolor/scalable/apps/crossdesk.svg"

# The menu entry points at the installed program itself, so it works without ~/.local/bin
# on the desktop session's PATH.
sed "s|^Exec=crossdesk|Exec=\"$prefix/crossdesk\"|" "$here/crossdesk.desktop" \
    > "$share/applications/crossdesk.desktop"
cp "$here/crossdesk-mime.xml" "$share/mime/packages/crossdesk-mime.xml"
refresh
echo "CrossDesk installed in $prefix; it is in the Office menu and opens .crossdesk files."
