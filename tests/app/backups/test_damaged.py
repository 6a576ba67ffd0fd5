"""A damaged workspace, end to end: refused, the newest good backup found, restored, opened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import backups
from app.errors import WorkspaceError
from app.org import initiatives
from app.store.workspace import Workspace
from tests.data_safety import damage, digest


def test_damaged_workspace_is_refused_and_the_newest_good_backup_brings_it_back(
        demo_path: Path) -> None:
    day = dt.datetime(2026, 11, 20)
    with Workspace.open(demo_path) as ws:
        ini = initiatives.list_initiatives(ws)[0].id
        backups.take_backup(ws, "opened", now=day.replace(hour=9))
        initiatives.rename_initiative(ws, ini, "下午的名字")
        good = backups.take_backup(ws, "auto", now=day.replace(hour=14))
        initiatives.rename_initiative(ws, ini, "傍晚的名字")
        newest = backups.take_backup(ws, "auto", now=day.replace(hour=18))
    damage(newest)  # the newest backup was hit too: it must be passed over
    damage(demo_path)
    damaged_bytes = demo_path.read_bytes()

    before = digest(demo_path)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(demo_path)
    assert caught.value.key == "error.workspace.damaged"
    assert "damaged" in caught.value.message("en") and "损坏" in caught.value.message("zh_CN")
    with pytest.raises(WorkspaceError):
        Workspace.open(demo_path, read_only=True)
    assert digest(demo_path) == before  # refusing it changed nothing

    found = backups.newest_good(demo_path)
    assert found is not None and found.path == good
    assert found.initiatives == ("下午的名字",)

    result = backups.restore(demo_path, found.path)

    with Workspace.open(demo_path) as ws:
        assert [i.name for i in initiatives.list_initiatives(ws)] == ["下午的名字"]
        assert initiatives.counts(ws, ini)["tasks"] == found.counts["tasks"]
    # The damaged bytes were kept, not thrown away, and are listed as not usable.
    assert result.damaged_copy is not None
    assert result.damaged_copy.read_bytes() == damaged_bytes
    listed = {i.path: i for i in backups.list_backups(demo_path)}
    assert not listed[result.damaged_copy].good
    assert listed[good].good


def test_no_good_backup_is_said_plainly(demo_path: Path) -> None:
    damage(demo_path)
    assert backups.newest_good(demo_path) is None
