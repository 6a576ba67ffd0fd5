"""Taking a backup: a consistent copy of the workspace, made with SQLite's online backup API
while the program keeps the file open, into the workspace's backups folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.backups import thinning
from app.backups.folder import ensure_folder, free_name
from app.errors import WorkspaceError
from app.store import write_target
from app.store.file_copy import OpenFile, copy_to_file, source_connection
from app.store.file_format import EXTENSION

Clock = Callable[[], dt.datetime]

# Why a backup was taken; the reason is part of its file name and shown in the list.
REASONS = ("opened", "auto", "manual", "import", "upgrade", "restore", "damaged")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _path_of(source: OpenFile | str | Path) -> Path:
    return Path(source) if isinstance(source, str | Path) else source.path


def take_backup(source: OpenFile | str | Path, reason: str = "manual", *,
                now: dt.datetime | None = None, thin: bool = True) -> Path:
    """Back ``source`` up into its backups folder and thin the older ones; returns the file.

    ``source`` is an open workspace or the path of a closed one. Raises ``WorkspaceError``
    when the backups folder cannot be written.
    """
    if reason not in REASONS:
        raise ValueError(reason)
    now = now or _now()
    workspace = _path_of(source)
    try:
        folder = ensure_folder(workspace)
        target = free_name(folder, now, reason)
        with source_connection(source) as src:
            copy_to_file(src, target)
    except (OSError, sqlite3.Error) as exc:
        raise WorkspaceError("error.backup.failed", reason=str(exc)) from exc
    if thin:
        thinning.thin(folder, now, protect=target)
    return target


def backup_before(ws: OpenFile, reason: str = "import") -> Path:
    """A backup of ``ws`` as it is right before a large change (an import, a restore)."""
    return take_backup(ws, reason)


def backup_to(source: OpenFile | str | Path, dest: str | Path, *, overwrite: bool = False) -> Path:
    """A consistent copy of ``source`` at ``dest`` (a file, or a folder to put it in)."""
    workspace = _path_of(source)
    dest = backup_target(workspace, dest, overwrite=overwrite)
    try:
        with source_connection(source) as src:
            copy_to_file(src, dest)
    except (OSError, sqlite3.Error) as exc:
        raise WorkspaceError("error.backup.failed", reason=str(exc)) from exc
    return dest


def backup_target(workspace: Path, dest: str | Path, *, overwrite: bool = False) -> Path:
    """The file a copy of ``workspace`` goes to, given ``dest``; refused (before anything is
    read) when it is the workspace itself, a workspace someone has open, its journal or
    lock, or an existing file without ``overwrite``."""
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"{workspace.stem}-{_now().strftime('%Y%m%d-%H%M%S')}{EXTENSION}"
    if not dest.parent.is_dir():
        raise WorkspaceError("error.workspace.no_folder", path=str(dest.parent))
    if dest.exists() and os.path.samefile(dest, workspace):
        raise WorkspaceError("error.workspace.copy_onto_self", path=str(dest))
    # Even with --force: never over a workspace a program has open, nor over its journal.
    verdict = write_target.judge(dest, write_target.Output.WORKSPACE_COPY)
    if verdict.refusal is not None:
        raise verdict.refusal
    if verdict.replaces and not overwrite:
        raise WorkspaceError("error.workspace.exists", path=str(dest))
    return dest


def keep_damaged_copy(workspace: Path, *, now: dt.datetime | None = None) -> Path:
    """Keep the bytes of a damaged workspace as they are, before anything replaces them.

    A damaged file cannot go through the backup API reliably, so this is a plain file copy
    of a file nobody has open; it stays listed (as not usable) in the backups folder.
    """
    folder = ensure_folder(workspace)
    target = free_name(folder, now or _now(), "damaged")
    tmp = target.with_name(target.name + ".partial")
    shutil.copyfile(workspace, tmp)
    os.replace(tmp, target)
    return target
