"""What each backup holds, read from the backup itself: when it was taken, why, its size,
how many initiatives, tasks … it contains, and whether it is whole."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.backups.folder import folder_for, parse_name
from app.errors import UserError
from app.store.file_copy import ro_uri
from app.store.workspace import probe

# What a backup's counts report, by table: enough to recognise "the one before the import".
COUNTED = ("initiatives", "goals", "members", "pain_points", "measures", "tasks", "kpis",
           "departments", "people")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int
    good: bool
    problem: str = ""  # why the backup cannot be used, in the user's language
    counts: dict[str, int] = field(default_factory=dict)
    initiatives: tuple[str, ...] = ()


def verify(path: str | Path) -> int:
    """Check that ``path`` is a whole workspace; returns its schema version or raises
    ``WorkspaceError`` saying what is wrong. Never changes the file."""
    return probe(Path(path))


def _contents(path: Path) -> tuple[dict[str, int], tuple[str, ...]]:
    conn = sqlite3.connect(ro_uri(path), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
                  for t in COUNTED if t in tables}
        names: tuple[str, ...] = ()
        if "initiatives" in tables:
            names = tuple(r[0] for r in conn.execute(
                "SELECT name FROM initiatives ORDER BY position, id"))
    finally:
        conn.close()
    return counts, names


def read_info(path: str | Path, *, check: bool = True) -> BackupInfo:
    """Describe one backup file. ``check=False`` skips the integrity check (faster)."""
    path = Path(path)
    parsed = parse_name(path.name)
    if parsed is not None:
        taken_at, reason = parsed[0], parsed[1]
    else:  # a copy the user put here by hand, or a DEST of ``crossdesk-cli backup``
        taken_at = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        reason = "copy"
    size = path.stat().st_size
    good, problem = True, ""
    if check:
        try:
            verify(path)
        except UserError as exc:
            good, problem = False, exc.message()
    counts: dict[str, int] = {}
    names: tuple[str, ...] = ()
    if good:
        try:
            counts, names = _contents(path)
        except sqlite3.DatabaseError as exc:
            good, problem = False, str(exc)
    return BackupInfo(path, taken_at, reason, size, good, problem, counts, names)


def backup_files(workspace: str | Path) -> list[Path]:
    """The backup files of ``workspace``, newest first."""
    folder = folder_for(workspace)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        parsed = parse_name(p.name)
        if parsed is not None and p.is_file():
            found.append((parsed[0], parsed[2], p))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [p for _, _, p in found]


def list_backups(workspace: str | Path, *, check: bool = True) -> list[BackupInfo]:
    """Every backup of ``workspace``, newest first, each described from its own content."""
    infos = []
    for p in backup_files(workspace):
        with contextlib.suppress(FileNotFoundError):  # thinned away meanwhile
            infos.append(read_info(p, check=check))
    return infos


def newest_good(workspace: str | Path, *, exclude: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes the integrity check (for a damaged workspace)."""
    for p in backup_files(workspace):
        if exclude is not None and p.resolve() == Path(exclude).resolve():
            continue
        try:
            info = read_info(p)
        except FileNotFoundError:
            continue
        if info.good:
            return info
    return None
