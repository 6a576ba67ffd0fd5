"""One validation for every text and date field, whichever the entry point: a cell of an
imported workbook, the calendar command and dialog, the schedule's --today, a dragged bar.
Zero-width and text-direction characters, control characters, absurd years and a
100,000-character name are refused with a message, and nothing is stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoStack

from app.errors import UserError
from app.schedule import calendar_edit
from app.store.workspace import Workspace
from tests.app.forms.bad_input import ESCAPE, INVISIBLE
from tests.data_safety import digest

# (sheet, row, column) of a cell in the demo's export, and what it holds.
CELLS = {
    "a goal's name": ("1 Goals", 4, 2),
    "a member's duties": ("2 Team", 4, 5),
    "a department in the team sheet": ("2 Team", 4, 3),
    "a person's name": ("Departments & people", 4, 2),
}


@pytest.fixture
def exported(demo_path: Path, tmp_path: Path) -> Path:
    from app.excel.export import export_workbook

    out = tmp_path / "out.xlsx"
    with Workspace.open(demo_path) as ws:
        export_workbook(ws, 1, out, "en")
    return out


# Each bad text tried in one of the cells in turn, so every cell meets several kinds.
IMPORT_CASES = [
    pytest.param(where, text, id=f"{label} in {where}")
    for (label, text), where in zip([*INVISIBLE, ("C1 control", "next\x85line")],
                                    sorted(CELLS) * 2, strict=True)
]


@pytest.mark.parametrize(("where", "text"), IMPORT_CASES)
def test_an_imported_cell_is_held_to_the_same_validation(cli, demo_path: Path, exported: Path,
                                                         where: str, text: str) -> None:
    sheet, row, column = CELLS[where]
    wb = load_workbook(exported)
    ws = wb[sheet]
    header = [c.value for c in ws[3]]
    assert ws.cell(row, column).value, (sheet, header)
    ws.cell(row, column).value = text
    wb.save(exported)
    before = digest(demo_path)
    result = cli("import", demo_path, exported)
    assert result.code == 1, result.out
    assert "Traceback" not in result.err
    assert f"{sheet}" in result.err and "error" in result.err.lower()
    assert digest(demo_path) == before


@pytest.mark.parametrize("args", [
    ["--holiday", "3000-01-01"],
    ["--holiday", "1899-12-31"],
    ["--workday", "9999-12-31"],
    ["--clear", "0001-01-01"],
    ["--holiday", "2026-10-01", "--name", ESCAPE],
    ["--holiday", "2026-10-01", "--name", "国庆\u202e节"],
    ["--holiday", "2026-10-01", "--name", "\u200b"],
    ["--holiday", "2026-10-01", "--name", "节" * 100_000],
], ids=["year 3000", "year 1899", "year 9999", "year 1", "escape in the name",
        "bidi override in the name", "only a zero-width space", "100,000 characters"])
def test_the_calendar_command_refuses_what_the_forms_refuse(cli, demo_path: Path,
                                                            args: list[str]) -> None:
    before = digest(demo_path)
    result = cli("calendar", demo_path, *args)
    assert result.code == 1, result.out
    assert result.err.startswith("Error: ") and "Traceback" not in result.err
    assert len(result.err) < 400
    assert digest(demo_path) == before


@pytest.mark.parametrize(("content", "reason"), [
    ("3000-01-01,holiday,far away\n", "1900–2200"),
    ("2026-10-01,holiday,国庆\x1b[0m节\n", "control characters"),
    ("2026-10-01,holiday,国庆\u2066节\n", "invisible"),
    ("2026-10-01,holiday," + "x" * 500 + "\n", "too long"),
])
def test_a_calendar_file_is_held_to_it_too(cli, demo_path: Path, tmp_path: Path, content: str,
                                           reason: str) -> None:
    path = tmp_path / "days.csv"
    path.write_text("date,kind,name\n2026-05-01,holiday,劳动节\n" + content, encoding="utf-8")
    before = digest(demo_path)
    result = cli("calendar", demo_path, "--import", path)
    assert result.code == 1 and "Line 3" in result.err and reason in result.err, result.err
    assert digest(demo_path) == before


def test_the_schedule_refuses_a_today_it_cannot_count_to(cli, demo_path: Path) -> None:
    for day in ("9999-12-31", "0001-01-01"):
        result = cli("schedule", demo_path, "--today", day)
        assert result.code == 1 and "1900–2200" in result.err and "Traceback" not in result.err


def test_a_bar_cannot_be_dragged_past_the_year_2200(demo_ws: Workspace) -> None:
    from app.forms import editing
    from app.schedule import edit

    task = editing.rows(demo_ws, "tracking", 1)[0].id
    before = digest(demo_ws.path)
    for change in (lambda: edit.move_task(demo_ws, task, dt.date(2300, 1, 1)),
                   lambda: edit.resize_task(demo_ws, task, dt.date(9999, 1, 1)),
                   lambda: edit.set_dates(demo_ws, task, dt.date(1800, 1, 1), None)):
        with pytest.raises(UserError):
            change()
    assert digest(demo_ws.path) == before


def test_the_calendar_dialog_refuses_a_pasted_escape_and_stays_in_range(qtbot,
                                                                        demo_ws: Workspace) -> None:
    from ui.calendar.calendar_dialog import CalendarDialog

    stack = QUndoStack()
    dialog = CalendarDialog(demo_ws, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.calendar.maximumDate() <= QDate(2200, 12, 31)
    assert dialog.calendar.minimumDate() >= QDate(1900, 1, 1)
    dialog.calendar.setSelectedDate(QDate(2027, 10, 1))
    before = calendar_edit.list_days(demo_ws)
    for pasted in ("国庆" + ESCAPE, "国庆\u202e节"):
        dialog.name_edit.clear()
        dialog.name_edit.setFocus()
        QGuiApplication.clipboard().setText(pasted)
        qtbot.keySequence(dialog.name_edit, QKeySequence.StandardKey.Paste)
        assert dialog.name_edit.text()  # the paste arrived
        qtbot.mouseClick(dialog.holiday_button, Qt.MouseButton.LeftButton)
        assert calendar_edit.list_days(demo_ws) == before
        assert dialog.message.isVisible()
        assert "characters" in dialog.message.text()
    assert stack.count() == 0
