"""A workspace that lost a table or a column is refused on opening like any damaged file:
every command says so without a traceback and changes nothing (``calendar`` included),
``check`` reports it as its finding, and the GUI offers the newest good backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app import backups
from app.org import initiatives
from app.store.workspace import Workspace
from tests.data_safety import digest
from tests.ui.backups.test_backups_gui import answer_box, by_text


def _drop(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(sql)
    conn.commit()
    conn.close()


DAMAGE = {
    "a table gone": "DROP TABLE raci",
    "a column gone": "ALTER TABLE tasks DROP COLUMN resources",
    "the people gone": "DROP TABLE people",
}
COMMANDS = {
    "info": [], "check": [], "schedule": [], "export": ["{tmp}/out.xlsx"],
    "print": ["{tmp}/out.pdf"], "import": ["{tmp}/in.xlsx"],
    "calendar": ["--holiday", "2026-10-01"], "template": None,
}


def test_the_expected_schema_is_the_models_schema() -> None:
    """``app.store.schema.EXPECTED`` is written out from the models; after changing a model run
    ``python -m app.store.schema``."""
    from app.store import schema
    from app.store.models import Base

    expected = {t.name: " ".join(c.name for c in t.columns) for t in Base.metadata.tables.values()}
    assert {k: " ".join(v.split()) for k, v in schema.EXPECTED.items()} == expected


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("command", sorted(c for c in COMMANDS if COMMANDS[c] is not None))
def test_every_command_refuses_a_workspace_with_a_missing_part(cli, demo_path: Path,
                                                               tmp_path: Path, damage: str,
                                                               command: str) -> None:
    from app.excel.export import export_workbook

    with Workspace.open(demo_path) as ws:
        export_workbook(ws, 1, tmp_path / "in.xlsx", "en")
    _drop(demo_path, DAMAGE[damage])
    before = digest(demo_path)
    extra = [a.format(tmp=tmp_path) for a in COMMANDS[command]]  # type: ignore[union-attr]
    result = cli(command, demo_path, *extra)
    assert result.code == 1, result.out
    text = result.out + result.err
    assert "Traceback" not in text and "sqlalchemy" not in text.lower()
    assert "damaged" in text and "missing" in text
    assert digest(demo_path) == before
    assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "out.pdf").exists()


def test_a_template_with_a_damaged_workspace_for_its_lists_is_refused(cli, demo_path: Path,
                                                                      tmp_path: Path) -> None:
    _drop(demo_path, DAMAGE["a table gone"])
    result = cli("template", tmp_path / "t.xlsx", "--workspace", demo_path)
    assert result.code == 1 and "damaged" in result.err and "Traceback" not in result.err


def test_restore_puts_back_a_workspace_with_a_missing_table(cli, demo_path: Path) -> None:
    backups.take_backup(demo_path)
    _drop(demo_path, DAMAGE["a table gone"])
    result = cli("restore", demo_path, "1")
    assert result.code == 0, result.err
    assert cli("info", demo_path).code == 0


def test_the_gui_offers_the_newest_good_backup(qtbot, demo_path: Path) -> None:
    from ui.window import workspace_flow

    backups.take_backup(demo_path, "opened", now=dt.datetime(2026, 11, 20, 9, 0))
    _drop(demo_path, DAMAGE["a column gone"])
    seen: list[str] = []
    answer_box(qtbot, by_text("Restore this backup"), seen)
    ws = workspace_flow.open_path(None, demo_path)  # type: ignore[arg-type]
    try:
        assert ws is not None and "damaged" in seen[0] and "2026-11-20 09:00" in seen[0]
        assert len(initiatives.list_initiatives(ws)) == 1
    finally:
        if ws is not None:
            ws.close()
    kept = [i for i in backups.list_backups(demo_path) if i.reason == "damaged"]
    assert len(kept) == 1 and not kept[0].good  # the damaged bytes are kept, listed unusable


def test_a_backup_missing_a_table_is_not_offered(qtbot, demo_path: Path) -> None:
    good = backups.take_backup(demo_path, "opened", now=dt.datetime(2026, 11, 19, 9, 0))
    bad = backups.take_backup(demo_path, "auto", now=dt.datetime(2026, 11, 20, 9, 0))
    _drop(bad, DAMAGE["a table gone"])
    found = backups.newest_good(demo_path)
    assert found is not None and found.path == good
    _drop(demo_path, DAMAGE["a table gone"])
    seen: list[str] = []
    answer_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel), seen)
    from ui.backups import offer_backup_for_damaged

    assert offer_backup_for_damaged(None, demo_path) is None
    assert "2026-11-19 09:00" in seen[0]
