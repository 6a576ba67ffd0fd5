"""Consistent copies of a workspace file with SQLite's online backup API, written so that a
copy is either complete under its final name or not there at all.

The one copy helper of the schema upgrade (the copy it keeps before changing a file) and of
the backups (taking and restoring one). It builds on nothing but SQLite, so the workspace,
its upgrades and the backups can all use it without importing one another.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol


class OpenFile(Protocol):
    """An open workspace: what a copy needs of it."""

    path: Path

    def connection(self) -> sqlite3.Connection: ...


def ro_uri(path: Path) -> str:
    return "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?mode=ro"


@contextlib.contextmanager
def source_connection(source: OpenFile | str | Path) -> Iterator[sqlite3.Connection]:
    """A connection to read ``source`` from: the open workspace's own (so a copy sees exactly
    what the program has committed) or a read-only one for a file nobody has open here."""
    if not isinstance(source, str | Path):
        yield source.connection()
        return
    conn = sqlite3.connect(ro_uri(Path(source)), uri=True, timeout=10)
    try:
        yield conn
    finally:
        conn.close()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_to_file(src: sqlite3.Connection, target: Path) -> Path:
    """Write a copy of ``src`` to ``target`` through a temporary file beside it.

    The copy is flushed to the disk before it takes its final name, so a power cut leaves
    either the old state of ``target`` or the whole new copy, never half of one.
    """
    tmp = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dst.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def copy_into_live(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """Replace the whole content of ``dst`` by that of ``src``.

    The backup API writes the destination inside one of its own transactions, through its
    journal, so a program killed half-way leaves the destination as it was before.
    """
    src.backup(dst)
