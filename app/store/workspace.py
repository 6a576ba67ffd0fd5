"""The workspace file: one SQLite file holding every initiative, opened by one writer.

Every edit runs in ``Workspace.write()``, which commits one transaction before it returns:
there is never unsaved state to lose. The file uses SQLite's rollback journal with
``synchronous=FULL`` rather than WAL, because WAL needs shared memory that USB sticks and
synced folders do not provide reliably, and a closed workspace must be one single file.

Opening a workspace does not load SQLAlchemy: importing it and mapping the models takes
about 0.7 s, more than half of the second the program has to show a 5,000-task Gantt
chart. Views that only read (``sql()``) use a plain SQLite connection; the ORM is loaded
the first time ``read()``, ``write()`` or ``engine`` is used.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import Label, WorkspaceError
from app.store import migrations, round_guard, schema, write_target
from app.store.changes import Change, ChangeArea
from app.store.file_copy import ro_uri as _ro_uri
from app.store.file_format import APPLICATION_ID as APPLICATION_ID
from app.store.file_format import EXTENSION as EXTENSION
from app.store.file_format import SQLITE_MAGIC as SQLITE_MAGIC
from app.store.lock import WorkspaceLock

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

SCHEMA_VERSION = 7

Listener = Callable[[Change], None]
# Hands ``Workspace.deliver`` to whatever runs it once the edit has returned (the window's
# event loop); without one, notices are delivered as each transaction commits.
Scheduler = Callable[[Callable[[], None]], None]


def probe(path: Path) -> int:
    """Check that ``path`` is a readable workspace and return its schema version.

    Reads the file through a read-only connection, so a refused file is never changed.
    """
    if not path.exists():
        raise WorkspaceError("error.workspace.missing", path=str(path))
    if not path.is_file():  # a folder, a pipe (which would wait for a writer for ever)
        raise WorkspaceError("error.workspace.not_workspace", path=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise WorkspaceError("error.workspace.unreadable", path=str(path), reason=str(exc)) from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise WorkspaceError("error.workspace.not_workspace", path=str(path))
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != APPLICATION_ID:
        raise WorkspaceError("error.workspace.not_workspace", path=str(path))
    _recover_hot_journal(path)
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = conn.execute("PRAGMA quick_check").fetchall()
            lacking = schema.missing(conn) if version == SCHEMA_VERSION else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            raise WorkspaceError("error.workspace.interrupted_read_only", path=str(path)) from exc
        raise WorkspaceError("error.workspace.damaged", path=str(path), reason=str(exc)) from exc
    if [tuple(r) for r in result] != [("ok",)]:
        reason = "; ".join(str(r[0]) for r in result[:3])
        raise WorkspaceError("error.workspace.damaged", path=str(path), reason=reason)
    if lacking is not None:
        raise WorkspaceError("error.workspace.damaged", path=str(path), reason=_lacking(lacking))
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            "error.workspace.newer", path=str(path), version=version, supported=SCHEMA_VERSION
        )
    if version < 1:
        raise WorkspaceError("error.workspace.not_workspace", path=str(path))
    return version


def _lacking(lacking: tuple[str, str | None]) -> Label:
    table, column = lacking
    if column is None:
        return Label("error.workspace.schema", (("table", table),))
    return Label("error.workspace.schema_column", (("table", table), ("column", column)))


def check_schema(path: Path) -> None:
    """Refuse ``path`` as damaged when it lacks a table or column of this schema version
    (after an upgrade: ``probe`` checks only files already at this version)."""
    conn = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        lacking = schema.missing(conn)
    finally:
        conn.close()
    if lacking is not None:
        raise WorkspaceError("error.workspace.damaged", path=str(path), reason=_lacking(lacking))


def _sqlite_reason(exc: BaseException) -> str:
    """SQLite's own words for a failure, without SQLAlchemy's statement and parameters."""
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc)


def _recover_hot_journal(path: Path) -> None:
    """Roll back a transaction that a killed program left half-written.

    A program that dies mid-transaction leaves a "hot" journal beside the file. Any
    read-write connection rolls it back on its first read, restoring the last committed
    state; a read-only connection cannot and refuses the file. So before the read-only
    checks, let SQLite do its own recovery once. A journal of a live writer is not hot
    (the writer holds its lock), and SQLite leaves it alone.
    """
    if not Path(str(path) + "-journal").exists() or not writable(path):
        return
    try:
        conn = sqlite3.connect(str(path), timeout=10)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # the checks that follow say what is wrong


def writable(path: Path) -> bool:
    """Whether ``path`` and its folder can be written: SQLite's rollback journal and the lock
    file are created beside the workspace, so a read-only folder is as read-only as the file."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(_ro_uri(path), uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = DELETE")
    return conn


def _make_engine(path: Path, read_only: bool, apart: bool = False) -> Engine:
    from sqlalchemy import create_engine, event

    if apart:  # see Workspace.read_apart: a connection per session, no transaction
        from sqlalchemy.pool import NullPool

        return create_engine("sqlite+pysqlite://", creator=lambda: _connect(path, True),
                             poolclass=NullPool)
    engine = create_engine("sqlite+pysqlite://", creator=lambda: _connect(path, read_only))

    # pysqlite's own implicit transactions are switched off above (isolation_level=None)
    # so that SQLAlchemy decides where a transaction begins: one BEGIN per unit of work.
    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


class Workspace:
    """An open workspace file. Use ``Workspace.create`` or ``Workspace.open``."""

    def __init__(self, path: Path, read_only: bool, lock: WorkspaceLock | None) -> None:
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._engine: Engine | None = None
        self._session_maker: sessionmaker[Session] | None = None
        self._plain: sqlite3.Connection | None = None
        self._apart: Engine | None = None
        self._listeners: list[Listener] = []
        self._pending: Change | None = None
        self.serial = 0  # changes announced so far; see Change.serial
        self._scheduler: Scheduler | None = None
        self.upgraded_from: int | None = None
        self.upgrade_copy: Path | None = None
        # Why the workspace is read-only: "asked" by the caller, or "medium" when the file
        # or its folder cannot be written (a locked-down USB stick, a read-only share).
        self.read_only_reason: str | None = "asked" if read_only else None

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Workspace:
        """A new, empty workspace at ``path``. ``overwrite`` replaces a file that exists
        (the user agreed), but never a workspace: a new one must not wipe out an old one."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise WorkspaceError("error.workspace.exists", path=str(path))
        if not path.parent.exists():
            raise WorkspaceError("error.workspace.no_folder", path=str(path.parent))
        if path.exists():
            if write_target.workspace_of(path) is not None:
                raise WorkspaceError("error.workspace.new_over_workspace", path=str(path))
            write_target.check(path, force=True)
            path.unlink()
        try:
            conn = sqlite3.connect(str(path))
        except sqlite3.Error as exc:
            raise WorkspaceError("error.workspace.unwritable", path=str(path), reason=str(exc)) from exc
        conn.close()
        lock = WorkspaceLock(path)
        lock.acquire()
        from app.store.models import Base

        ws = cls(path, False, lock)
        with ws.engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                (migrations.WORKSPACE_ID, migrations.new_workspace_id()),
            )
            for sql in round_guard.statements():
                conn.exec_driver_sql(sql)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return ws

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Workspace:
        """Open an existing workspace; raises ``WorkspaceError`` and leaves the file untouched
        when it is missing, not a workspace, damaged, newer than this program, or locked.

        A workspace on a medium that cannot be written opens read-only instead of failing;
        ``read_only_reason`` is then ``"medium"`` so the program can say so."""
        path = Path(path)
        version = probe(path)
        on_read_only_medium = not read_only and not writable(path)
        if on_read_only_medium:
            read_only = True
        lock: WorkspaceLock | None = None
        if not read_only:
            lock = WorkspaceLock(path)
            lock.acquire()  # raises LockedError naming the holder
        upgraded_from = None
        copy = None
        try:
            if version < SCHEMA_VERSION and not (read_only and version >= migrations.READABLE_FROM):
                if read_only:
                    raise WorkspaceError("error.workspace.needs_upgrade", version=version)
                copy = migrations.upgrade(path, version, SCHEMA_VERSION)
                upgraded_from = version
                check_schema(path)
        except Exception:
            if lock is not None:
                lock.release()
            raise
        ws = cls(path, read_only, lock)
        ws.upgraded_from = upgraded_from
        ws.upgrade_copy = copy
        if on_read_only_medium:
            ws.read_only_reason = "medium"
        return ws

    def close(self) -> None:
        # A closed workspace has nothing more to say: its listeners end with it.
        self._listeners.clear()
        self._pending = None
        if self._engine is not None:
            self._engine.dispose()
        if self._apart is not None:
            self._apart.dispose()
            self._apart = None
        if self._plain is not None:
            self._plain.close()
            self._plain = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connections ----------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = _make_engine(self.path, self.read_only)
        return self._engine

    def _sessions(self) -> Session:
        if self._session_maker is None:
            from sqlalchemy.orm import sessionmaker

            self._session_maker = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_maker()

    def connection(self) -> sqlite3.Connection:
        """The workspace's plain SQLite connection (for SQLite's backup API and ``sql()``)."""
        if self._plain is None:
            self._plain = _connect(self.path, self.read_only)
        return self._plain

    @contextlib.contextmanager
    def sql(self) -> Iterator[sqlite3.Connection]:
        """A plain SQLite connection inside one read transaction, so a view can read the
        rows it paints without loading SQLAlchemy or paying for its result objects."""
        conn = self.connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")

    # -- units of work --------------------------------------------------------------------
    @contextlib.contextmanager
    def read_apart(self) -> Iterator[Session]:
        """A reading session on a read-only connection of its own, opened for the block and
        closed after it: for work on another thread (the rule check of a large plan), which
        then neither shares a connection with the window nor keeps the file open after the
        workspace is closed. SQLite lets readers on several connections work side by side.

        Each statement reads in a transaction of its own, so an edit saved meanwhile waits
        for one statement at most, never for the whole block; the statements may then see
        the file before and after that edit, and the edit's own check follows anyway.
        """
        from sqlalchemy.orm import Session

        if self._apart is None:
            self._apart = _make_engine(self.path, True, apart=True)
        with Session(self._apart) as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A short session for reading; objects stay usable after it ends."""
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def write(self, *areas: ChangeArea,
              rows: Mapping[ChangeArea, Iterable[int]] | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        ``areas`` name what changes (e.g. ``ChangeArea.TASKS``), and ``rows`` the ids of
        the rows changed in an area where the writer knows them, so that open views reload
        only those. The notice is announced once the transaction has committed.
        """
        change = Change.of(areas, rows)  # a wrong area fails before anything is written
        if self.read_only:
            key = "error.workspace.read_only_medium" if self.read_only_reason == "medium" \
                else "error.workspace.read_only"
            raise WorkspaceError(key, path=str(self.path))
        from sqlalchemy.exc import IntegrityError, OperationalError

        try:
            with self._sessions() as session, session.begin():
                yield session
        except (IntegrityError, sqlite3.IntegrityError) as exc:
            if round_guard.is_refusal(exc):  # nothing was written: the round is closed
                raise WorkspaceError("error.round.closed") from exc
            raise
        except (OperationalError, sqlite3.OperationalError) as exc:
            # A full disk, an I/O error, a USB stick pulled out: SQLite rolled the whole
            # transaction back, so the file keeps its last saved state; say so in words.
            raise WorkspaceError("error.workspace.write_failed", path=str(self.path),
                                 reason=_sqlite_reason(exc)) from exc
        self.notify(change)

    # -- change notices ---------------------------------------------------------------------
    def notify(self, change: Change | ChangeArea) -> None:
        """Announce a change committed outside ``write`` (a restore from a backup).

        Notices wait for the scheduler, if one is set, and are merged meanwhile: one edit
        that writes twice, or an undo step made of several, is heard once, after it has
        returned, so no view reloads in the middle of an edit."""
        if isinstance(change, ChangeArea):
            change = Change.of(change)
        if not change.areas:
            return
        self.serial += 1
        change = dataclasses.replace(change, serial=self.serial)
        first = self._pending is None
        self._pending = change if self._pending is None else self._pending.merged(change)
        if self._scheduler is None:
            self.deliver()
        elif first:
            self._scheduler(self.deliver)

    def deliver(self) -> None:
        """Deliver the notice waiting, if any, now (a view about to select a row just added
        calls this so that its model holds the row)."""
        change, self._pending = self._pending, None
        if change is None:
            return
        for listener in list(self._listeners):
            if listener in self._listeners:  # not ended by an earlier listener
                listener(change)

    def deliver_later(self, scheduler: Scheduler | None) -> None:
        """Deliver notices through ``scheduler`` from now on (None: as each write commits)."""
        self._scheduler = scheduler

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def listener_count(self) -> int:
        return len(self._listeners)

    # -- copies ---------------------------------------------------------------------------
    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent copy of the workspace with SQLite's online backup API."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkspaceError("error.workspace.copy_onto_self", path=str(target))
        # The caller asked before replacing a file; a workspace open elsewhere is never replaced.
        write_target.check(target, write_target.Output.WORKSPACE_COPY, force=True)
        # Written beside the target and renamed, so a failed copy never leaves half a file.
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        dst = sqlite3.connect(str(partial))
        try:
            self.connection().backup(dst)
            # A copy is edited on its own from now on: new rows there and here get the same
            # ids, so a workbook exported from one must not update rows of the other by id.
            migrations.give_new_workspace_id(dst)
        finally:
            dst.close()
        partial.replace(target)
        return target
