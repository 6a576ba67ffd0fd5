"""Where a workspace's backups live and how their file names carry the moment they were taken.

Each workspace gets its own folder under the program's data folder, named after the
workspace and a short hash of its full path, so two files both called ``项目.crossdesk`` in
different folders never share backups. A backup's name starts with the local date and time
it was taken and says why (opened, auto, import, restore …), so a coordinator browsing the
folder by hand can still find the right one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from pathlib import Path

from app.paths import user_data_dir
from app.store.file_format import EXTENSION

ORIGIN_FILE = "workspace.txt"
STAGING = ".staging"  # a backup copied aside while it is restored (see restoring, leftovers)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(\d{8}-\d{6})-([a-z_]+)(?:-(\d+))?" + re.escape(EXTENSION) + "$")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def backups_root() -> Path:
    return user_data_dir() / "backups"


def _identity(workspace: Path) -> str:
    absolute = os.path.normcase(str(Path(workspace).expanduser().resolve()))
    return hashlib.sha1(absolute.encode("utf-8")).hexdigest()[:8]


def folder_for(workspace: str | Path) -> Path:
    """The backups folder of ``workspace`` (not created)."""
    workspace = Path(workspace)
    stem = _UNSAFE.sub("_", workspace.stem).strip(" .") or "workspace"
    return backups_root() / f"{stem[:40]}-{_identity(workspace)}"


def ensure_folder(workspace: str | Path) -> Path:
    """Create the backups folder, noting which workspace it belongs to for a human reader."""
    folder = folder_for(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    origin = folder / ORIGIN_FILE
    if not origin.exists():
        origin.write_text(str(Path(workspace).resolve()) + "\n", encoding="utf-8")
    return folder


def backup_name(taken_at: dt.datetime, reason: str, n: int = 1) -> str:
    suffix = "" if n <= 1 else f"-{n}"
    return f"{taken_at.strftime(_STAMP)}-{reason}{suffix}{EXTENSION}"


def free_name(folder: Path, taken_at: dt.datetime, reason: str) -> Path:
    """A name not yet used in ``folder``: two backups in one second get ``-2``, ``-3`` …"""
    n = 1
    while (folder / backup_name(taken_at, reason, n)).exists():
        n += 1
    return folder / backup_name(taken_at, reason, n)


def parse_name(name: str) -> tuple[dt.datetime, str, int] | None:
    """(taken at, reason, sequence) from a backup's file name; None for any other file."""
    m = _NAME.match(name)
    if m is None:
        return None
    try:
        taken_at = dt.datetime.strptime(m.group(1), _STAMP)
    except ValueError:
        return None
    return taken_at, m.group(2), int(m.group(3) or 1)
