"""Whether the program may write a file at a path, and why not: the one rule that every
output (an Excel export, a PDF, a template, a picture, a copy or a backup of a workspace)
passes before a byte is written, on the command line and in the GUI alike.

- No output ever replaces a workspace. A workspace is recognised by its content (the
  SQLite header with CrossDesk's application id), not by its name, so ``export a.crossdesk
  a.crossdesk`` or a PDF named ``plan.xlsx`` over a renamed workspace are refused. The
  files SQLite and the lock keep beside a workspace (``-journal``, ``.lock``) count as part
  of it.
- A copy of a workspace (``backup DEST --force``, Save a copy) may replace another
  workspace, but never one that a running program has open.
- Replacing any other existing file needs the user's consent: ``--force`` on the command
  line, the save dialog's confirmation in the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from app.errors import UserError
from app.store.file_format import APPLICATION_ID, SQLITE_MAGIC
from app.store.lock import is_stale, lock_path, read_lock

_COMPANIONS = ("-journal", ".lock")


class Output(Enum):
    DOCUMENT = "document"  # an export, a PDF, a template, a picture
    WORKSPACE_COPY = "workspace_copy"  # a consistent copy of a workspace
    NEW_WORKSPACE = "new_workspace"  # an empty workspace: never over an existing one


@dataclass(frozen=True)
class Verdict:
    """What writing at a path would do: refused (with the reason), or allowed, and if so
    whether it replaces a file that exists (which needs consent)."""

    path: Path
    refusal: UserError | None = None
    replaces: bool = False


def is_workspace(path: Path) -> bool:
    """Whether the file at ``path`` holds a CrossDesk workspace, judged by its first bytes."""
    try:
        if not path.is_file():  # opening a pipe to look would wait for a writer for ever
            return False
        with path.open("rb") as fh:
            head = fh.read(72)
    except OSError:
        return False
    return (len(head) == 72 and head.startswith(SQLITE_MAGIC)
            and int.from_bytes(head[68:72], "big") == APPLICATION_ID)


def workspace_of(path: Path) -> Path | None:
    """The workspace ``path`` is, or belongs to (its journal or lock file, which need not
    exist: writing one would pass for SQLite's or the lock's own); else None."""
    if is_workspace(path):
        return path
    for suffix in _COMPANIONS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            owner = path.with_name(path.name[: -len(suffix)])
            if is_workspace(owner):
                return owner
    return None


def open_by(workspace: Path) -> str | None:
    """Who has ``workspace`` open for writing (a lock held by a live program), else None."""
    if not lock_path(workspace).exists():
        return None
    info = read_lock(workspace)
    if info is None or is_stale(info):
        return None
    return info.describe()


def judge(path: str | Path, kind: Output = Output.DOCUMENT) -> Verdict:
    """Decide whether an output of ``kind`` may be written at ``path``."""
    path = Path(path)
    if path.is_dir():
        return Verdict(path, UserError("error.output.is_folder", path=str(path)))
    if not path.parent.is_dir():
        return Verdict(path, UserError("error.output.no_folder", path=str(path.parent)))
    owner = workspace_of(path)
    if owner is not None and owner != path:  # its journal or lock, there or not (yet)
        return Verdict(path, UserError("error.output.is_workspace", path=str(path)))
    if not (path.exists() or path.is_symlink()):
        return Verdict(path)
    if owner is not None:
        if kind is Output.NEW_WORKSPACE and owner == path:
            return Verdict(path, UserError("error.workspace.new_over_workspace", path=str(path)))
        if kind is not Output.WORKSPACE_COPY:
            return Verdict(path, UserError("error.output.is_workspace", path=str(path)))
        holder = open_by(owner)
        if holder is not None:
            return Verdict(path, UserError("error.output.workspace_open", path=str(path),
                                           holder=holder))
    if not path.is_file():  # a device, a pipe: never "replaced"
        return Verdict(path, UserError("error.output.not_a_file", path=str(path)))
    return Verdict(path, replaces=True)


def check(path: str | Path, kind: Output = Output.DOCUMENT, *, force: bool = False) -> Path:
    """``path`` if an output of ``kind`` may be written there; raises ``UserError`` saying
    why not. ``force`` is the user's consent to replace an existing file (``--force``)."""
    verdict = judge(path, kind)
    if verdict.refusal is not None:
        raise verdict.refusal
    if verdict.replaces and not force:
        raise UserError("error.output.exists", path=str(verdict.path))
    return verdict.path
