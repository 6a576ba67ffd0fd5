"""Where the program keeps its own files (recent list, preferences, backups).

``CROSSDESK_HOME`` overrides the location, so tests and portable installs never touch the
user's real folders.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_data_dir() -> Path:
    override = os.environ.get("CROSSDESK_HOME")
    if override:
        base = Path(override)
    elif sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "CrossDesk"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "CrossDesk"
    else:
        xdg = os.environ.get("XDG_DATA_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".local" / "share") / "crossdesk"
    base.mkdir(parents=True, exist_ok=True)
    return base


def resources_dir() -> Path:
    """The bundled resources folder, also inside a frozen (PyInstaller) bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "DroidSansFallbackFull.ttf"
