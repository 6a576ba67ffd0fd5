"""A workspace on a medium that cannot be written opens read-only with a notice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import backups
from app.errors import WorkspaceError
from app.org import initiatives
from app.store.workspace import Workspace, writable
from tests.data_safety import Mount


@pytest.fixture
def on_read_only_medium(demo_path: Path, mount: Mount) -> Path:
    target = mount.path / "项目.crossdesk"
    shutil.copyfile(demo_path, target)
    mount.make_read_only()
    return target


def test_it_opens_read_only_and_says_why(on_read_only_medium: Path) -> None:
    path = on_read_only_medium
    assert not writable(path)
    with Workspace.open(path) as ws:
        assert ws.read_only and ws.read_only_reason == "medium"
        assert len(initiatives.list_initiatives(ws)) == 1
        with pytest.raises(WorkspaceError) as caught:
            initiatives.create_initiative(ws, "new")
        assert caught.value.key == "error.workspace.read_only_medium"
        assert "cannot be written" in caught.value.message("en")
        assert "无法写入" in caught.value.message("zh_CN")


def test_asking_for_read_only_is_told_apart_from_the_medium(demo_path: Path) -> None:
    with Workspace.open(demo_path, read_only=True) as ws:
        assert ws.read_only_reason == "asked"
    with Workspace.open(demo_path) as ws:
        assert ws.read_only_reason is None and not ws.read_only


def test_command_line_reads_backs_up_but_cannot_restore(cli, on_read_only_medium: Path) -> None:
    path = on_read_only_medium
    assert cli("info", path).code == 0
    made = cli("backup", path)  # the backup goes to the data folder, which is writable
    assert made.code == 0, made.err
    [backup] = backups.backup_files(path)
    refused = cli("restore", path, backup)
    assert refused.code == 1 and "cannot be written" in refused.err
