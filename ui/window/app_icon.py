"""The program's own icon, for the windows (the installers use the same files)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.paths import resources_dir

SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every drawn size, so Qt picks the pixel-aligned small ones for title bars and menus."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in SIZES:
        icon.addFile(str(folder / f"crossdesk-{size}.png"))
    return icon
