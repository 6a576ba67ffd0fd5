"""Taking backups: consistent, complete, in the right folder, described from their content."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app import backups
from app.backups.folder import ORIGIN_FILE, parse_name
from app.forms import editing
from app.org import initiatives
from app.paths import user_data_dir
from app.store import migrations
from app.store.models import Task
from app.store.workspace import SCHEMA_VERSION, Workspace


def _task_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM tasks ORDER BY id")]
    finally:
        conn.close()


def test_backup_of_an_open_workspace_holds_every_committed_edit(demo_ws: Workspace) -> None:
    ini = initiatives.list_initiatives(demo_ws)[0].id
    with demo_ws.read() as s:
        task_id = s.query(Task).filter_by(initiative_id=ini).first().id
    editing.set_value(demo_ws, "tracking", task_id, "name", "发布会彩排 ✅")

    path = backups.take_backup(demo_ws, "manual")

    assert path.parent == backups.folder_for(demo_ws.path)
    assert path.parent.parent == user_data_dir() / "backups"
    assert "发布会彩排 ✅" in _task_names(path)
    info = backups.read_info(path)
    assert info.good and info.reason == "manual"
    assert info.counts["initiatives"] == 1
    assert info.counts["tasks"] == initiatives.counts(demo_ws, ini)["tasks"] > 0
    assert info.initiatives == (initiatives.list_initiatives(demo_ws)[0].name,)
    assert info.size == path.stat().st_size
    # The folder says, for a person browsing it, which workspace it belongs to.
    origin = (path.parent / ORIGIN_FILE).read_text(encoding="utf-8").strip()
    assert origin == str(demo_ws.path.resolve())


def test_backup_name_carries_time_and_reason_and_never_collides(demo_path: Path) -> None:
    moment = dt.datetime(2026, 11, 20, 9, 30, 5)
    first = backups.take_backup(demo_path, "opened", now=moment)
    second = backups.take_backup(demo_path, "opened", now=moment)
    assert first.name == "20261120-093005-opened.crossdesk"
    assert second.name == "20261120-093005-opened-2.crossdesk"
    assert parse_name(second.name) == (moment, "opened", 2)
    assert backups.backup_files(demo_path) == [second, first]
    assert not list(first.parent.glob("*.partial"))


def test_two_workspaces_of_the_same_name_keep_separate_backups(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = Workspace.create(tmp_path / "a" / "项目.crossdesk")
    two = Workspace.create(tmp_path / "b" / "项目.crossdesk")
    try:
        assert backups.folder_for(one.path) != backups.folder_for(two.path)
        assert backups.folder_for(one.path).name.startswith("项目-")
        backups.take_backup(one)
        assert backups.list_backups(two.path) == []
        assert len(backups.list_backups(one.path)) == 1
    finally:
        one.close()
        two.close()


def test_backup_before_an_import_is_listed_with_its_reason(demo_ws: Workspace) -> None:
    path = backups.backup_before(demo_ws, reason="import")
    [info] = backups.list_backups(demo_ws.path)
    assert info.path == path and info.reason == "import" and info.good


def test_a_schema_upgrade_leaves_a_real_backup_in_the_backups_folder(demo_path: Path) -> None:
    before = _task_names(demo_path)
    now = SCHEMA_VERSION
    steps = {now: lambda conn: conn.execute("ALTER TABLE tasks ADD COLUMN colour TEXT")}
    migrations.upgrade(demo_path, now, now + 1, steps)
    [info] = backups.list_backups(demo_path)
    assert info.reason == "upgrade" and info.good
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == now
        columns = [r[1] for r in conn.execute("PRAGMA table_info(tasks)")]
    finally:
        conn.close()
    assert "colour" not in columns
    assert _task_names(info.path) == before


def test_a_damaged_backup_is_listed_as_not_usable(demo_path: Path) -> None:
    from tests.data_safety import damage

    path = backups.take_backup(demo_path)
    damage(path)
    [info] = backups.list_backups(demo_path)
    assert not info.good
    assert "damaged" in info.problem
    assert backups.newest_good(demo_path) is None


def test_a_backup_to_a_folder_of_ones_choice(demo_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out"
    dest.mkdir()
    written = backups.backup_to(demo_path, dest)
    assert written.parent == dest and written.suffix == ".crossdesk"
    assert backups.read_info(written).good
    assert _task_names(written) == _task_names(demo_path)
