"""The working-calendar dialog: mark, clear and import days, each one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from app.schedule import calendar_edit
from app.schedule.calendar import CalendarException
from app.store.workspace import Workspace
from ui.calendar.calendar_dialog import CalendarDialog


def _dialog(qtbot, ws: Workspace) -> tuple[CalendarDialog, QUndoStack]:
    stack = QUndoStack()
    dialog = CalendarDialog(ws, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, stack


def test_mark_a_holiday_and_a_make_up_day_then_undo(qtbot, demo_ws: Workspace) -> None:
    before = calendar_edit.list_days(demo_ws)
    dialog, stack = _dialog(qtbot, demo_ws)
    day = dt.date(2027, 10, 1)
    dialog.calendar.setSelectedDate(QDate(day))
    dialog.name_edit.clear()
    commit = QInputMethodEvent()  # Chinese arrives as an input method commits it
    commit.setCommitString("国庆节")
    QApplication.sendEvent(dialog.name_edit, commit)
    qtbot.mouseClick(dialog.holiday_button, Qt.MouseButton.LeftButton)
    assert CalendarException(day, False, "国庆节") in calendar_edit.list_days(demo_ws)
    assert any(e.day == day for e in dialog.model.days)  # the list follows

    saturday = dt.date(2027, 10, 9)
    dialog.calendar.setSelectedDate(QDate(saturday))
    qtbot.mouseClick(dialog.workday_button, Qt.MouseButton.LeftButton)
    assert any(e.day == saturday and e.working for e in calendar_edit.list_days(demo_ws))

    stack.undo()
    stack.undo()
    assert calendar_edit.list_days(demo_ws) == before
    assert dialog.model.days == before
    stack.redo()
    assert CalendarException(day, False, "国庆节") in calendar_edit.list_days(demo_ws)


def test_clear_a_day_back_to_the_week(qtbot, demo_ws: Workspace) -> None:
    day = dt.date(2027, 5, 3)
    calendar_edit.set_day(demo_ws, day, False, "劳动节")
    dialog, stack = _dialog(qtbot, demo_ws)
    dialog.calendar.setSelectedDate(QDate(day))
    assert dialog.name_edit.text() == "劳动节"
    assert dialog.clear_button.isEnabled()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert all(e.day != day for e in calendar_edit.list_days(demo_ws))
    stack.undo()
    assert CalendarException(day, False, "劳动节") in calendar_edit.list_days(demo_ws)


def test_import_a_file_from_hr_as_one_undo_step(qtbot, demo_ws: Workspace, tmp_path: Path) -> None:
    before = calendar_edit.list_days(demo_ws)
    path = tmp_path / "holidays.csv"
    path.write_bytes("日期,类型,名称\n2027-01-01,休,元旦\n2027-02-06,班,春节调休\n"
                     .encode("gb18030"))
    dialog, stack = _dialog(qtbot, demo_ws)
    assert dialog.import_file(str(path)) == 2
    days = calendar_edit.list_days(demo_ws)
    assert CalendarException(dt.date(2027, 1, 1), False, "元旦") in days
    assert CalendarException(dt.date(2027, 2, 6), True, "春节调休") in days
    assert stack.count() == 1
    stack.undo()
    assert calendar_edit.list_days(demo_ws) == before


def test_a_bad_file_is_refused_with_a_message(qtbot, demo_ws: Workspace, tmp_path: Path) -> None:
    before = calendar_edit.list_days(demo_ws)
    path = tmp_path / "bad.csv"
    path.write_text("2027-01-01,休,元旦\n2027-13-45,休,坏日期\n", encoding="utf-8")
    dialog, stack = _dialog(qtbot, demo_ws)
    assert dialog.import_file(str(path)) == 0
    assert dialog.message.isVisible()
    assert "2" in dialog.message.label.text()  # names the bad line
    assert calendar_edit.list_days(demo_ws) == before
    assert stack.count() == 0


def test_read_only_workspace_offers_no_changes(qtbot, demo_path: Path) -> None:
    ws = Workspace.open(demo_path, read_only=True)
    try:
        dialog, _stack = _dialog(qtbot, ws)
        assert not dialog.holiday_button.isEnabled()
        assert not dialog.import_button.isEnabled()
    finally:
        ws.close()


def test_the_gantt_schedule_follows_a_new_holiday(qtbot, demo_ws: Workspace) -> None:
    from ui.gantt import GanttTab

    stack = QUndoStack()
    tab = GanttTab(demo_ws, stack)
    qtbot.addWidget(tab)
    tab.set_initiative(1)
    tab.show()
    qtbot.waitExposed(tab)
    day = dt.date(2026, 12, 2)  # a Wednesday inside the demo's plan
    assert tab.snapshot.calendar.is_working(day)
    dialog, _ = _dialog(qtbot, demo_ws)
    dialog.undo_stack = stack
    dialog.calendar.setSelectedDate(QDate(day))
    qtbot.mouseClick(dialog.holiday_button, Qt.MouseButton.LeftButton)
    tab.ensure_current()
    assert not tab.snapshot.calendar.is_working(day)
    stack.undo()
    tab.ensure_current()
    assert tab.snapshot.calendar.is_working(day)


def test_add_chinas_public_holidays_of_the_year_shown_as_one_undo_step(
        qtbot, empty_ws: Workspace) -> None:
    calendar_edit.set_day(empty_ws, dt.date(2025, 10, 8), True, "公司安排上班")
    dialog, stack = _dialog(qtbot, empty_ws)
    dialog.calendar.setCurrentPage(2025, 10)
    assert dialog.holidays_button.text() == "Add China's public holidays for 2025…"
    qtbot.mouseClick(dialog.holidays_button, Qt.MouseButton.LeftButton)
    days = {e.day: e for e in calendar_edit.list_days(empty_ws)}
    assert not days[dt.date(2025, 10, 1)].working and days[dt.date(2025, 9, 28)].working
    assert days[dt.date(2025, 10, 8)].name == "公司安排上班"  # set by hand: kept
    assert stack.count() == 1
    stack.undo()
    assert [e.day for e in calendar_edit.list_days(empty_ws)] == [dt.date(2025, 10, 8)]


def test_a_year_the_package_does_not_know_says_to_import_hrs_file(
        qtbot, empty_ws: Workspace) -> None:
    from app.schedule.public_holidays import known_years

    dialog, stack = _dialog(qtbot, empty_ws)
    year = max(known_years()) + 1
    dialog.calendar.setCurrentPage(year, 1)
    qtbot.mouseClick(dialog.holidays_button, Qt.MouseButton.LeftButton)
    assert "HR" in dialog.message.text() and str(year) in dialog.message.text()
    assert stack.count() == 0 and calendar_edit.list_days(empty_ws) == []
