"""Putting a backup back: the current state is backed up first, so a restore can itself be
undone by restoring that backup; the backup is checked before anything is touched; and the
content is replaced through SQLite's backup API inside one transaction, never by copying a
file over a database that a program has open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.backups import thinning
from app.backups.folder import STAGING, ensure_folder
from app.backups.leftovers import clean_leftovers
from app.backups.take import _now, keep_damaged_copy, take_backup
from app.errors import LockedError, UserError, WorkspaceError
from app.store import changes, migrations
from app.store.file_copy import copy_into_live, copy_to_file, source_connection
from app.store.lock import WorkspaceLock
from app.store.workspace import SCHEMA_VERSION, Workspace, probe


@dataclass(frozen=True)
class RestoreResult:
    before: Path | None  # backup of the state just replaced (restore it to undo)
    damaged_copy: Path | None  # the damaged file's bytes, kept as they were


def _verified(backup: Path) -> int:
    if not backup.is_file():
        raise WorkspaceError("error.workspace.missing", path=str(backup))
    try:
        return probe(backup)
    except LockedError:
        raise
    except UserError as exc:
        raise WorkspaceError("error.backup.unusable", path=str(backup),
                             reason=exc.message()) from exc


@contextlib.contextmanager
def _staged(backup: Path, folder: Path) -> Iterator[sqlite3.Connection]:
    """The backup copied aside (and upgraded to this program's schema when older), so the
    backup file itself is only ever read and the copy can be thinned away meanwhile."""
    version = _verified(backup)
    stage = Path()
    try:
        fd, name = tempfile.mkstemp(prefix=f"restore-{os.getpid()}-", suffix=STAGING,
                                    dir=folder)
        os.close(fd)
        stage = Path(name)
        with source_connection(backup) as src:
            copy_to_file(src, stage)
        if version < SCHEMA_VERSION:
            kept = migrations.upgrade(stage, version, SCHEMA_VERSION, keep_backup=False)
            kept.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as exc:  # the backups folder's disk is full
        for p in (stage, Path(str(stage) + "-journal")):
            if p.name:
                p.unlink(missing_ok=True)
        raise WorkspaceError("error.backup.failed", reason=str(exc)) from exc
    try:
        conn = sqlite3.connect(str(stage))
        try:
            yield conn
        finally:
            conn.close()
    finally:
        for p in (stage, Path(str(stage) + "-journal")):
            p.unlink(missing_ok=True)


def _into_open(ws: Workspace, backup: Path) -> RestoreResult:
    if ws.read_only:
        raise WorkspaceError("error.workspace.read_only", path=str(ws.path))
    folder = ensure_folder(ws.path)
    with _staged(backup, folder) as stage:
        before = take_backup(ws, "restore", thin=False)
        with source_connection(ws) as dst:
            try:
                copy_into_live(stage, dst)
            except sqlite3.Error as exc:  # the workspace's own disk is full: rolled back
                raise WorkspaceError("error.workspace.write_failed", path=str(ws.path),
                                     reason=str(exc)) from exc
    ws.notify(changes.ALL)  # every open view refreshes
    thinning.thin(folder, _now(), protect=before)
    return RestoreResult(before, None)


def _into_closed(path: Path, backup: Path) -> RestoreResult:
    """Restore into a file nobody has open: a damaged one, or one that is gone."""
    folder = ensure_folder(path)
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        with _staged(backup, folder) as stage:
            damaged = None
            if path.exists():
                damaged = keep_damaged_copy(path)
                journal = Path(str(path) + "-journal")
                if journal.exists():  # belongs to the damaged bytes; keep it with them
                    os.replace(journal, Path(str(damaged) + "-journal"))
            copy_to_file(stage, path)
    finally:
        lock.release()
    probe(path)
    return RestoreResult(None, damaged)


def restore(target: Workspace | str | Path, backup: str | Path) -> RestoreResult:
    """Replace the content of the workspace ``target`` by that of ``backup``.

    ``target`` is the open workspace, or the path of a closed one (which may be damaged or
    missing). Raises ``WorkspaceError`` and changes nothing when the backup is not a whole
    workspace, or when another program holds the workspace.
    """
    clean_leftovers()  # a restore killed earlier left its staging copy
    backup = Path(backup)
    if isinstance(target, Workspace):
        _same_file_guard(target.path, backup)
        return _into_open(target, backup)
    path = Path(target)
    _same_file_guard(path, backup)
    _verified(backup)
    if not path.exists():
        if not path.parent.is_dir():
            raise WorkspaceError("error.workspace.no_folder", path=str(path.parent))
        return _into_closed(path, backup)
    try:
        probe(path)
    except WorkspaceError as exc:
        if exc.key != "error.workspace.damaged":
            raise  # not ours, newer, unreadable: never overwrite it
        return _into_closed(path, backup)
    ws = Workspace.open(path)
    try:
        if ws.read_only_reason == "medium":
            raise WorkspaceError("error.workspace.read_only_medium", path=str(path))
        return _into_open(ws, backup)
    finally:
        ws.close()


def _same_file_guard(workspace: Path, backup: Path) -> None:
    if workspace.exists() and backup.exists() and os.path.samefile(workspace, backup):
        raise WorkspaceError("error.workspace.copy_onto_self", path=str(backup))
