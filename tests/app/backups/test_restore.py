"""Restoring: the current state is backed up first, the backup is checked before anything is
touched, and a refused restore changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import backups
from app.errors import LockedError, WorkspaceError
from app.org import initiatives
from app.store import changes
from app.store.changes import Change
from app.store.workspace import Workspace
from tests.data_safety import damage, digest


def _names(ws: Workspace) -> list[str]:
    return [i.name for i in initiatives.list_initiatives(ws)]


def test_restore_into_the_open_workspace_and_undo_it(demo_ws: Workspace) -> None:
    original = _names(demo_ws)
    backup = backups.take_backup(demo_ws, now=dt.datetime(2026, 11, 20, 9, 0))
    initiatives.create_initiative(demo_ws, "Added after the backup 🚀")
    heard: list[Change] = []
    demo_ws.subscribe(heard.append)

    result = backups.restore(demo_ws, backup)

    assert _names(demo_ws) == original
    assert [c.areas for c in heard] == [changes.ALL]  # every open view refreshes
    assert result.before is not None and result.before.name.endswith("-restore.crossdesk")
    assert backups.read_info(result.before).initiatives == (*original, "Added after the backup 🚀")
    # Restoring is itself undoable: put the state from before the restore back.
    backups.restore(demo_ws, result.before)
    assert _names(demo_ws) == [*original, "Added after the backup 🚀"]


def test_restore_a_closed_workspace_by_path(demo_path: Path) -> None:
    backup = backups.take_backup(demo_path)
    with Workspace.open(demo_path) as ws:
        initiatives.rename_initiative(ws, initiatives.list_initiatives(ws)[0].id, "改名")
    result = backups.restore(demo_path, backup)
    with Workspace.open(demo_path, read_only=True) as ws:
        assert _names(ws) != ["改名"]
    assert backups.read_info(result.before).initiatives == ("改名",)
    assert not Path(str(demo_path) + ".lock").exists()


def test_restore_recreates_a_workspace_that_is_gone(demo_path: Path) -> None:
    backup = backups.take_backup(demo_path)
    demo_path.unlink()
    result = backups.restore(demo_path, backup)
    assert result.before is None
    with Workspace.open(demo_path) as ws:
        assert len(_names(ws)) == 1


@pytest.mark.parametrize("kind", ["missing", "not_a_workspace", "damaged", "empty"])
def test_a_bad_backup_is_refused_and_changes_nothing(demo_path: Path, tmp_path: Path,
                                                     kind: str) -> None:
    bad = tmp_path / "bad.crossdesk"
    if kind == "not_a_workspace":
        bad.write_bytes(b"PK\x03\x04 this is really a spreadsheet" * 100)
    elif kind == "damaged":
        bad = backups.take_backup(demo_path)
        damage(bad)
    elif kind == "empty":
        bad.write_bytes(b"")
    before = digest(demo_path)
    with pytest.raises(WorkspaceError) as caught:
        backups.restore(demo_path, bad)
    assert str(bad) in caught.value.message()
    assert digest(demo_path) == before
    expected = ["manual"] if kind == "damaged" else []  # no "before restore" backup either
    assert [i.reason for i in backups.list_backups(demo_path)] == expected


def test_restore_is_refused_while_another_program_writes_the_workspace(demo_path: Path) -> None:
    backup = backups.take_backup(demo_path)
    with Workspace.open(demo_path):
        before = digest(demo_path)
        with pytest.raises(LockedError):
            backups.restore(demo_path, backup)
        assert digest(demo_path) == before


def test_restore_into_a_read_only_workspace_is_refused(demo_path: Path) -> None:
    backup = backups.take_backup(demo_path)
    before = digest(demo_path)
    with Workspace.open(demo_path, read_only=True) as ws, pytest.raises(WorkspaceError):
        backups.restore(ws, backup)
    assert digest(demo_path) == before


def test_a_file_that_is_not_a_workspace_is_never_overwritten(demo_path: Path,
                                                              tmp_path: Path) -> None:
    backup = backups.take_backup(demo_path)
    sheet = tmp_path / "budget.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)
    with pytest.raises(WorkspaceError):
        backups.restore(sheet, backup)
    assert sheet.read_bytes() == b"PK\x03\x04" + b"\x00" * 5000


def test_a_workspace_cannot_be_restored_from_itself(demo_path: Path) -> None:
    with pytest.raises(WorkspaceError):
        backups.restore(demo_path, demo_path)
