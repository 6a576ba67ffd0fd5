"""Workspace files written by the program at schema versions 1 and 2 (tests/data, made as
tests/data/make_old_workspace.py says) open in today's program, are upgraded to the current
schema and keep every row."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.store.migrations import WORKSPACE_ID
from app.store.models import CalendarDay, RaciAssignment, Signoff, Task
from app.store.workspace import SCHEMA_VERSION, Workspace

DATA = Path(__file__).resolve().parents[2] / "data"


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
    finally:
        conn.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2])
def test_a_stored_old_workspace_opens_upgrades_and_keeps_every_row(
        version: int, tmp_path: Path) -> None:
    path = tmp_path / f"schema{version}.crossdesk"
    shutil.copyfile(DATA / path.name, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()
    before = _counts(path)
    kept = {t: _rows(path, t) for t in ("tasks", "raci", "signoffs", "calendar_days")}
    assert all(before[t] > 0 for t in ("tasks", "raci", "signoffs", "calendar_days",
                                       "task_dependencies", "members", "kpis", "goals"))

    ws = Workspace.open(path)
    try:
        assert ws.upgraded_from == version
        with ws.read() as s:
            letters = sorted(a.letter for a in s.scalars(select(RaciAssignment)))
            signed = {(o.signer, o.signed) for o in s.scalars(select(Signoff))}
            days = {(d.day, d.working, d.name) for d in s.scalars(select(CalendarDay))}
            owners = {t.name: t.owner.name for t in s.scalars(select(Task)) if t.owner}
    finally:
        ws.close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        workspace_id = conn.execute("SELECT value FROM settings WHERE key = ?",
                                    (WORKSPACE_ID,)).fetchone()
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()
    after = _counts(path)
    # Every row is kept; schema 3 adds one settings row (the file's ID) to older files.
    assert {t: n for t, n in after.items() if t in before} == {
        t: n + (t == "settings") for t, n in before.items()}
    # Later schemas add tables of their own, empty: the baselines, the register's, the weekly reports.
    assert {t: n for t, n in after.items() if t not in before} == {
        t: 0 for t in after if t not in before}
    assert {"baselines", "baseline_tasks"} <= set(after)
    assert any(t.startswith("register_") for t in after)
    assert "weekly_reports" in after
    assert {t: _rows(path, t) for t in kept} == kept
    assert workspace_id is not None and len(workspace_id[0]) == 32
    assert "ix_task_dependencies_predecessor" in indexes
    assert set(letters) == {"R", "A", "C", "I"} and len(letters) == before["raci"]
    assert {s for s, ok in signed if ok} == {"李娜", "陈静"}
    assert (dt.date(2027, 1, 1), False, "元旦") in days
    assert (dt.date(2026, 12, 26), True, "调休上班") in days
    assert len(owners) == before["tasks"]
