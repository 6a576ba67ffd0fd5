"""The kick-off meeting: the coordinator creates the initiative and types the goals with the
room watching, through the keyboard only (Ctrl+N, typing, Tab, Enter, Ctrl+Z)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.forms import editing
from ui.forms.form_table import FormTable
from ui.window.main_window import MainWindow

from .person import (
    CTRL,
    LEFT,
    NO_MOD,
    back_to,
    choose,
    click,
    click_tab,
    focus,
    press,
    type_and_enter,
    type_text,
    when_dialog,
)

D = dt.date


def create_initiative(qtbot, win: MainWindow, name: str) -> int:
    when_dialog(type_and_enter(name))
    choose(win, "协作项目", "新建协作项目")
    back_to(qtbot, win)
    assert win.initiative_box.currentText() == name
    assert win.initiative_id is not None
    return win.initiative_id


def goals_table(win: MainWindow) -> FormTable:
    return win.tab("goals").goals  # type: ignore[attr-defined]


def goals(win: MainWindow) -> list[dict]:
    assert win.ws is not None and win.initiative_id is not None
    return [r.values for r in editing.rows(win.ws, "goals", win.initiative_id)]


def current_cell(table: FormTable) -> tuple[int, str]:
    index = table.view.currentIndex()
    return index.row(), table.model.field(index.column()).key


def wait_editor(qtbot, kind: type, look: int = 0) -> None:
    """Wait for a cell editor of ``kind`` to have the focus; ``look`` ms more, as a person
    takes a moment before typing (long enough for the rules to be checked meanwhile)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), kind), timeout=2000)
    if look:
        qtbot.wait(look)


def type_goal(qtbot, name: str, description: str, measure: str, due: str) -> None:
    """Ctrl+N, then the goal's fields one after the other, Tab between them, Enter last."""
    press(Qt.Key.Key_N, CTRL)
    wait_editor(qtbot, QLineEdit, look=300)
    assert focus().selectedText() == "（新）"  # type: ignore[attr-defined]  (typing replaces it)
    type_text(name)
    press(Qt.Key.Key_Tab)
    wait_editor(qtbot, QPlainTextEdit)
    type_text(description[:2])
    qtbot.wait(300)  # the rules are checked after the name was stored, while typing here
    type_text(description[2:])
    press(Qt.Key.Key_Tab)
    wait_editor(qtbot, QPlainTextEdit, look=300)
    type_text(measure)
    press(Qt.Key.Key_Tab)
    wait_editor(qtbot, QLineEdit, look=300)
    type_text(due)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)


def test_three_goals_with_dates_typed_through_the_keyboard(qtbot, new_window: MainWindow) -> None:
    win = new_window
    create_initiative(qtbot, win, "新品X1上市")
    table = goals_table(win)
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD, table.view.viewport().rect().center())

    type_goal(qtbot, "新品X1按期上市", "3月底前全国首批铺货", "上市日期偏差不超过3天", "2027-03-31")
    assert current_cell(table) == (0, "due_date")
    type_goal(qtbot, "缩短审批周期", "审批由5个签字减到3个", "审批平均不超过2天", "2027/6/30")
    type_goal(qtbot, "售后准备就绪", "完成维修手册与培训", "培训覆盖率100%", "2027年9月30日")

    rows = goals(win)
    assert [r["name"] for r in rows] == ["新品X1按期上市", "缩短审批周期", "售后准备就绪"]
    assert [r["description"] for r in rows] == [
        "3月底前全国首批铺货", "审批由5个签字减到3个", "完成维修手册与培训"]
    assert [r["measure"] for r in rows] == ["上市日期偏差不超过3天", "审批平均不超过2天", "培训覆盖率100%"]
    assert [r["due_date"] for r in rows] == [D(2027, 3, 31), D(2027, 6, 30), D(2027, 9, 30)]
    assert table.proxy.index(0, table.model.column_of("due_date")).data() == "2027-03-31"
    # Enter left the cursor in the cell just typed, not back in the first column.
    assert current_cell(table) == (2, "due_date")


def test_tab_moves_on_and_stays_enter_commits_and_moves_down(qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    table = goals_table(win)
    before = goals(win)
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD,
                     table.view.visualRect(table.proxy.index(0, 0)).center())
    press(Qt.Key.Key_Return)  # Enter on a cell starts editing it
    wait_editor(qtbot, QLineEdit)
    focus().selectAll()  # type: ignore[attr-defined]
    type_text("新品X1提前上市")
    press(Qt.Key.Key_Tab)
    wait_editor(qtbot, QPlainTextEdit)
    qtbot.wait(50)  # long enough for anything queued after the edit to move the cursor
    assert current_cell(table) == (0, "description")
    type_text("二月底前全国铺货")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current_cell(table) == (1, "description"), timeout=2000)
    # Typing on a cell that is not being edited starts editing it, as in Excel.
    type_text("按周更新")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current_cell(table) == (2, "description"), timeout=2000)
    rows = goals(win)
    assert rows[0]["name"] == "新品X1提前上市"
    assert rows[0]["description"] == "二月底前全国铺货"
    assert rows[1]["description"] == "按周更新"
    assert rows[1]["name"] == before[1]["name"] and rows[0]["measure"] == before[0]["measure"]


def test_undo_and_redo_go_to_the_cell_they_changed(qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    table = goals_table(win)
    due = table.model.column_of("due_date")
    old = goals(win)[1]["due_date"]
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD,
                     table.view.visualRect(table.proxy.index(1, due)).center())
    type_text("2027-05-20")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: goals(win)[1]["due_date"] == D(2027, 5, 20), timeout=2000)
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD,
                     table.view.visualRect(table.proxy.index(3, 0)).center())
    press(Qt.Key.Key_Z, CTRL)
    assert goals(win)[1]["due_date"] == old
    qtbot.waitUntil(lambda: current_cell(table) == (1, "due_date"), timeout=2000)
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD,
                     table.view.visualRect(table.proxy.index(3, 0)).center())
    press(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert goals(win)[1]["due_date"] == D(2027, 5, 20)
    qtbot.waitUntil(lambda: current_cell(table) == (1, "due_date"), timeout=2000)


def test_each_new_rows_placeholder_is_selected_so_typing_replaces_it(
        qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    for tab, attr, title in (("goals", "goals", "1 目标"), ("pain_points", "pain_points", "3 痛点"),
                             ("tracking", "tasks", "4 计划跟踪"), ("tracking", "measures", "4 计划跟踪"),
                             ("evaluation", "kpis", "5 效果评估")):
        click_tab(win, title)
        table: FormTable = getattr(win.tab(tab), attr)
        before = table.model.rowCount()
        click(table.view, table.proxy.index(0, 0))
        press(Qt.Key.Key_N, CTRL)
        wait_editor(qtbot, QLineEdit, look=300)  # the new row's rules are checked meanwhile
        assert focus().selectedText() == "（新）", attr  # type: ignore[attr-defined]
        type_text("甲")
        # Ctrl+N again before Enter: what was typed is kept, and the next row starts fresh.
        press(Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda t=table, n=before: t.model.rowCount() == n + 2, timeout=2000)
        wait_editor(qtbot, QLineEdit, look=300)
        assert focus().selectedText() == "（新）", attr  # type: ignore[attr-defined]
        type_text("乙")
        press(Qt.Key.Key_Return)

        def names(t: FormTable = table) -> list[str]:
            return [t.model.row_at(r).values[t.spec.fields[0].key]
                    for r in range(t.model.rowCount())]
        qtbot.waitUntil(lambda n=names: n()[1:3] == ["甲", "乙"], timeout=2000)
