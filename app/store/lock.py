"""One writer per workspace, told apart by a lock file beside the workspace.

SQLite's own locks last one transaction only; a second program could still interleave
edits with the first and each would show stale data. The lock file records who holds the
workspace (user, host, process) so a second program can say so, and a lock left by a
process that died is recognised and taken over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from app.errors import LockedError, WorkspaceError


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str
    unreadable: bool = False  # a lock file that cannot be read, old enough to be left over

    def describe(self) -> str:
        return f"{self.user}@{self.host} (pid {self.pid}, {self.since})"


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:
        user = "?"
    return LockInfo(user, socket.gethostname(), os.getpid(), dt.datetime.now().isoformat(" ", "seconds"))


# A lock file that cannot be read is left over from a write that was cut off (a full disk,
# a power cut), unless it is younger than this: then it may be a lock being written right
# now by a program on a file system where it cannot be written atomically (FAT).
UNREADABLE_GRACE_SECONDS = 5.0


def read_lock(workspace: Path) -> LockInfo | None:
    path = lock_path(workspace)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        try:
            age = time.time() - path.stat().st_mtime
        except OSError:
            age = 0.0
        # Empty, half-written or foreign: left over once it has been there a moment.
        return LockInfo("?", "?", -1, "?", unreadable=age > UNREADABLE_GRACE_SECONDS)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale(info: LockInfo) -> bool:
    """A lock is stale when its process is gone (only decidable on the same host), or when
    the lock file cannot be read and is not being written right now."""
    return info.unreadable or (info.host == socket.gethostname() and not _alive(info.pid))


class WorkspaceLock:
    """Held for as long as a program writes the workspace."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = lock_path(workspace)
        self.held = False

    def acquire(self) -> None:
        for _attempt in range(3):
            try:
                self._create()
            except FileExistsError:
                pass
            except OSError as exc:  # a full disk: refuse, and leave no empty lock behind
                raise WorkspaceError("error.workspace.unwritable", path=str(self.workspace),
                                     reason=exc.strerror or str(exc)) from exc
            else:
                self.held = True
                return
            info = read_lock(self.workspace)
            if info is None:
                continue  # vanished between our two looks; try again
            if info.pid == os.getpid() and info.host == socket.gethostname():
                raise LockedError(info.describe()) from None
            if is_stale(info):
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                continue
            raise LockedError(info.describe()) from None
        info = read_lock(self.workspace)
        raise LockedError(info.describe() if info else "?")

    def _create(self) -> None:
        """Create the lock file whole or not at all: the record is written and flushed to a
        file of its own, then linked under the lock's name, which fails if a lock exists.
        Where a file system has no links (FAT, some network shares) the lock is created
        exclusively and then written, and an unreadable young lock counts as held."""
        me = _me()
        record = {"user": me.user, "host": me.host, "pid": me.pid, "since": me.since}
        data = json.dumps(record).encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix="." + self.path.name + ".", suffix=".tmp",
                                   dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            try:
                os.link(tmp, self.path)  # FileExistsError when held
                return
            except FileExistsError:
                raise
            except OSError:
                pass  # no hard links here
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self.held = False
