"""Dates typed into Form 4 the way people write them, and the calendar that opens where
the coordinator is likely to look."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget, QLineEdit, QToolButton

from app.forms import editing
from ui.forms.form_table import FormTable
from ui.window.main_window import MainWindow

from .person import CTRL, LEFT, NO_MOD, click, focus, press, type_text
from .test_kickoff import create_initiative, current_cell, goals_table, wait_editor

D = dt.date


def tasks_table(win: MainWindow) -> FormTable:
    win.show_tab("tracking")
    return win.tab("tracking").tasks  # type: ignore[attr-defined]


def task(win: MainWindow, row: int) -> dict:
    assert win.ws is not None and win.initiative_id is not None
    return editing.rows(win.ws, "tracking", win.initiative_id)[row].values


def cell(table: FormTable, row: int, key: str):
    return table.proxy.index(row, table.model.column_of(key))


def open_calendar(qtbot) -> QCalendarWidget:
    """Click the calendar button at the end of the date being edited."""
    editor = focus()
    assert isinstance(editor, QLineEdit)
    button = next(b for b in editor.findChildren(QToolButton) if b.isVisible())
    QTest.mouseClick(button, LEFT, NO_MOD, button.rect().center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QCalendarWidget),
                    timeout=2000)
    return QApplication.activePopupWidget()  # type: ignore[return-value]


def test_dates_typed_as_people_write_them(qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    table = tasks_table(win)
    row = 4  # 试用反馈闭环, planned 2026-11-20 – 2026-11-27
    click(table.view, cell(table, row, "planned_finish"))
    type_text("12/3")  # no year: the one nearest the task's start
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: task(win, row)["planned_finish"] == D(2026, 12, 3), timeout=2000)

    # A start after the finish is refused, as on the Gantt: the finish moves first.
    click(table.view, cell(table, row, "planned_finish"))
    type_text("2028/1/20")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: task(win, row)["planned_finish"] == D(2028, 1, 20), timeout=2000)
    click(table.view, cell(table, row, "planned_start"))
    type_text("2027.12.28")
    press(Qt.Key.Key_Tab)
    wait_editor(qtbot, QLineEdit)
    assert current_cell(table) == (row, "planned_finish")
    type_text("1/8")  # nearest the new start is next January, not this one
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: task(win, row)["planned_finish"] == D(2028, 1, 8), timeout=2000)
    assert task(win, row)["planned_start"] == D(2027, 12, 28)
    assert cell(table, row, "planned_finish").data() == "2028-01-08"

    for text, day in (("20270331", D(2027, 3, 31)), ("2027年4月1日", D(2027, 4, 1)),
                      ("2027/4/2", D(2027, 4, 2))):
        click(table.view, cell(table, row, "actual_start"))
        type_text(text)
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=day: task(win, row)["actual_start"] == d, timeout=2000)


def test_a_wrong_date_is_refused_with_a_message_and_an_empty_one_clears(
        qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    table = tasks_table(win)
    before = task(win, 4)
    steps = win.undo_stack.count()
    click(table.view, cell(table, 4, "actual_start"))
    type_text("下周五")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(table.message.isVisible, timeout=2000)
    assert "不是有效日期" in table.message.text() and "2027/3/31" in table.message.text()
    assert task(win, 4) == before
    assert win.undo_stack.count() == steps
    assert current_cell(table) == (4, "actual_start")  # the cursor stays where the fault is

    row = 3  # 重点客户试用, started 2026-11-07
    click(table.view, cell(table, row, "actual_start"))
    press(Qt.Key.Key_Return)
    wait_editor(qtbot, QLineEdit)
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: task(win, row)["actual_start"] is None, timeout=2000)
    assert cell(table, row, "actual_start").data() == ""


def test_the_calendar_opens_at_the_date_else_the_rows_other_date(
        qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    table = tasks_table(win)
    click(table.view, cell(table, 0, "planned_start"))  # 2026-10-09
    press(Qt.Key.Key_Return)
    wait_editor(qtbot, QLineEdit)
    calendar = open_calendar(qtbot)
    assert calendar.selectedDate() == QDate(2026, 10, 9)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 10)
    press(Qt.Key.Key_Escape)  # closes the calendar
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=2000)
    press(Qt.Key.Key_Escape)  # and the cell's editor, nothing changed
    assert task(win, 0)["planned_start"] == D(2026, 10, 9)

    row = 4  # not started: no actual dates, planned to finish 2026-11-27
    click(table.view, cell(table, row, "actual_finish"))
    press(Qt.Key.Key_Return)
    wait_editor(qtbot, QLineEdit)
    calendar = open_calendar(qtbot)
    assert calendar.selectedDate() == QDate(2026, 11, 27)
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Return)  # picks the day: stored at once
    qtbot.waitUntil(lambda: task(win, row)["actual_finish"] == D(2026, 11, 28), timeout=2000)


def test_without_any_date_the_calendar_opens_at_today(qtbot, new_window: MainWindow) -> None:
    win = new_window
    create_initiative(qtbot, win, "季度复盘")
    table = goals_table(win)
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD, table.view.viewport().rect().center())
    press(Qt.Key.Key_N, CTRL)
    wait_editor(qtbot, QLineEdit)
    for _ in range(3):
        press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: current_cell(table)[1] == "due_date", timeout=2000)
    wait_editor(qtbot, QLineEdit)
    calendar = open_calendar(qtbot)
    today = QDate.currentDate()
    assert calendar.selectedDate() == today
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
