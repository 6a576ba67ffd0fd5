"""The workspace file: created, reopened, refused when it is not ours, locked for one writer."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.errors import LockedError, WorkspaceError
from app.org.initiatives import create_initiative, list_initiatives
from app.store import migrations
from app.store.workspace import APPLICATION_ID, SCHEMA_VERSION, Workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_reopen_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "a.crossdesk"
    with Workspace.create(path) as ws:
        create_initiative(ws, "推广新流程")
    with Workspace.open(path) as ws:
        assert [i.name for i in list_initiatives(ws)] == ["推广新流程"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_text_file_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.crossdesk"
    path.write_text("meeting notes, not a workspace\n" * 20)
    before = digest(path)
    with pytest.raises(WorkspaceError, match="not a CrossDesk workspace"):
        Workspace.open(path)
    assert digest(path) == before
    assert not (tmp_path / "notes.crossdesk.lock").exists()


def test_other_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="not a CrossDesk workspace"):
        Workspace.open(path)
    assert digest(path) == before


def test_newer_version_is_refused_and_unchanged(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(demo_path)
    with pytest.raises(WorkspaceError, match="newer CrossDesk") as info:
        Workspace.open(demo_path)
    assert "更新版本" in info.value.message("zh_CN")
    assert digest(demo_path) == before


def test_truncated_workspace_is_refused_and_unchanged(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    before = digest(demo_path)
    with pytest.raises(WorkspaceError, match="damaged"):
        Workspace.open(demo_path)
    assert digest(demo_path) == before


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="There is no file"):
        Workspace.open(tmp_path / "nope.crossdesk")


def test_second_writer_is_refused_and_told_who(demo_path: Path) -> None:
    first = Workspace.open(demo_path)
    try:
        before = digest(demo_path)
        with pytest.raises(LockedError) as info:
            Workspace.open(demo_path)
        assert "pid" in info.value.holder
        assert digest(demo_path) == before
        with Workspace.open(demo_path, read_only=True) as reader:
            assert reader.read_only
            assert list_initiatives(reader)
            with pytest.raises(WorkspaceError, match="read-only"):
                create_initiative(reader, "x")
    finally:
        first.close()
    Workspace.open(demo_path).close()  # released on close


def test_upgrade_keeps_a_copy_and_runs_each_step(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()

    def add_notes(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE upgrade_notes (text TEXT)")

    copy = migrations.upgrade(demo_path, 0, 1, steps={0: add_notes})
    kept = sqlite3.connect(copy)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 0
    assert kept.execute("SELECT count(*) FROM tasks").fetchone()[0] == 22
    assert "upgrade_notes" not in {r[0] for r in kept.execute("SELECT name FROM sqlite_master")}
    kept.close()
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM upgrade_notes").fetchone()[0] == 0
    conn.close()


def test_failed_upgrade_step_rolls_back(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()

    def broken(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    with pytest.raises(RuntimeError):
        migrations.upgrade(demo_path, 0, 1, steps={0: broken})
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    conn.close()


def test_save_copy_is_a_workspace(demo_ws: Workspace, tmp_path: Path) -> None:
    copy = demo_ws.save_copy(tmp_path / "copy.crossdesk")
    with Workspace.open(copy) as ws:
        assert [i.name for i in list_initiatives(ws)] == [i.name for i in list_initiatives(demo_ws)]


def test_save_copy_replaces_an_existing_file(demo_ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "old.crossdesk"
    target.write_text("an older copy")
    demo_ws.save_copy(target)
    with Workspace.open(target) as ws:
        assert list_initiatives(ws)
    assert not (tmp_path / "old.crossdesk.partial").exists()


def test_recent_files_remembered_once_newest_first(tmp_path: Path) -> None:
    from app.store import recent

    a, b = tmp_path / "a.crossdesk", tmp_path / "b.crossdesk"
    recent.remember(a)
    recent.remember(b)
    recent.remember(a)
    assert recent.recent_files() == [a.resolve(), b.resolve()]
    recent.forget(b)
    assert recent.recent_files() == [a.resolve()]


def _as_version_1(path: Path) -> None:
    """Make ``path`` look as the first release wrote it: schema 1, no predecessor index,
    no file ID."""
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX ix_task_dependencies_predecessor")
    conn.execute("DELETE FROM settings WHERE key = 'workspace_id'")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def _indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()


def test_a_version_1_workspace_is_upgraded_on_open(demo_path: Path) -> None:
    _as_version_1(demo_path)
    ws = Workspace.open(demo_path)
    try:
        assert ws.upgraded_from == 1
        assert ws.upgrade_copy is not None and ws.upgrade_copy.exists()
    finally:
        ws.close()
    assert "ix_task_dependencies_predecessor" in _indexes(demo_path)
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert conn.execute("SELECT value FROM settings WHERE key = 'workspace_id'").fetchone()
    conn.close()


def test_a_version_1_workspace_opens_read_only_without_change(demo_path: Path) -> None:
    _as_version_1(demo_path)
    before = demo_path.read_bytes()
    ws = Workspace.open(demo_path, read_only=True)
    try:
        assert ws.upgraded_from is None
        from app.org.initiative_names import list_initiatives

        assert list_initiatives(ws)
    finally:
        ws.close()
    assert demo_path.read_bytes() == before
