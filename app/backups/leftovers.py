"""Cleaning what killed programs left in the backups folders: the staging copy of a restore
that was cut off, and the ``.partial`` file of a backup that was. Each is useless once its
program is gone and would otherwise stay for good.

A restore names its staging file after its process, so a file of a live restore is never
touched; a file without a process in its name is removed once it is an hour old.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

from app.backups.folder import STAGING, backups_root

_ENDINGS = (STAGING, STAGING + "-journal", ".partial", ".partial-journal")
_PID = re.compile(r"^restore-(\d+)-")
ANONYMOUS_AGE = 3600.0  # seconds


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but not ours (or a platform that cannot tell): leave it
    return True


def _abandoned(path: Path, now: float) -> bool:
    found = _PID.match(path.name)
    if found is not None:
        return not _alive(int(found.group(1)))
    try:
        return now - path.stat().st_mtime > ANONYMOUS_AGE
    except OSError:
        return False


def clean_leftovers(root: Path | None = None) -> list[Path]:
    """Remove what killed restores and backups left in every backups folder; returns it."""
    root = backups_root() if root is None else root
    now = time.time()
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for folder in root.iterdir():
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if path.name.endswith(_ENDINGS) and _abandoned(path, now):
                    with contextlib.suppress(OSError):
                        path.unlink()
                        removed.append(path)
    return removed
