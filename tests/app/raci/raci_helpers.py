"""Helpers of the RACI tests: clicking grid cells, reading letters back from the file,
and damaging a workspace file the two ways SQLite can tell."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.store.models import RaciAssignment
from app.store.workspace import Workspace
from ui.raci import RaciTab

DEMO_INITIATIVE = 1


def click(tab: RaciTab, row: int, column: int,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QModelIndex:
    """Click the centre of a grid cell, scrolled into view first, as a user would."""
    index = tab.model.index(row, column)
    tab.view.scrollTo(index)
    QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     tab.view.visualRect(index).center())
    return index


def stored(ws: Workspace, task_id: int, key: str) -> str | None:
    """The letter in the database for one cell (None: empty)."""
    kind, ref = key[0], int(key[1:])
    column = RaciAssignment.member_id if kind == "m" else RaciAssignment.department_id
    with ws.read() as s:
        return s.scalar(select(RaciAssignment.letter).where(
            RaciAssignment.task_id == task_id, column == ref))


def cell_key(tab: RaciTab, row: int, column: int) -> tuple[int, str]:
    return tab.model.cell(tab.model.index(row, column))


def empty_cell(tab: RaciTab) -> tuple[int, int]:
    """The first empty cell of the grid, in reading order."""
    for r in range(tab.model.rowCount()):
        for c in range(tab.model.columnCount()):
            if not tab.model.letter_at(tab.model.index(r, c)):
                return r, c
    raise AssertionError("the demo grid has no empty cell")


def damage_pages(path: Path) -> None:
    """Overwrite the headers of several b-tree pages: SQLite can no longer read the file."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for number in range(2, 12):
        start = (number - 1) * page
        data[start:start + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


def damage_index(path: Path) -> None:
    """Make an index disagree with its table: the file still opens (``quick_check`` passes)
    but the full ``integrity_check`` reports rows missing from the index."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = "
                     "'CREATE INDEX ix_tasks_initiative_id ON tasks (position)' "
                     "WHERE name = 'ix_tasks_initiative_id'")
        conn.commit()
    finally:
        conn.close()
