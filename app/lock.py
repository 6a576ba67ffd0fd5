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
from dataclasses import dataclass
from pathlib import Path

from app.errors import LockedError


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str

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


def read_lock(workspace: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(workspace).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # A half-written or foreign lock file: treat as held by an unknown program.
        return LockInfo("?", "?", -1, "?")


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
    """A lock is stale when its process is gone; only decidable on the same host."""
    return info.host == socket.gethostname() and not _alive(info.pid)


class WorkspaceLock:
    """Held for as long as a program writes the workspace."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = lock_path(workspace)
        self.held = False

    def acquire(self) -> None:
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
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
            me = _me()
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me.__dict__, fh)
                fh.flush()
                os.fsync(fh.fileno())
            self.held = True
            return
        info = read_lock(self.workspace)
        raise LockedError(info.describe() if info else "?")

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self.held = False
