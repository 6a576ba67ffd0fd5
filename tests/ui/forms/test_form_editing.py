"""Drive the real main window: edit cells, add and delete rows, undo and redo, reopen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid

from app.forms import editing
from app.store.changes import ChangeArea
from app.store.models import Task
from app.store.workspace import Workspace
from ui.forms.form_table import FormTable
from ui.window.main_window import MainWindow

INI = 1


def goals_table(win: MainWindow) -> FormTable:
    win.show_tab("goals")
    return win.tab("goals").goals  # type: ignore[attr-defined]


def click_cell(qtbot, table: FormTable, row: int, col: int, double: bool = False) -> None:
    index = table.proxy.index(row, col)
    table.view.scrollTo(index)
    center = table.view.visualRect(index).center()
    viewport = table.view.viewport()
    # A real double-click is a click followed by a double-click event at the same place.
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center)
    if double:
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          center)


def type_text(widget: QWidget, text: str) -> None:
    """Type as a user would: Latin keys as key presses, Chinese as an input method commits it."""
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into_editor(qtbot, text: str) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    type_text(editor, text)
    commit(qtbot, editor)


def commit(qtbot, editor: QLineEdit) -> None:
    """Enter commits through a queued call in Qt 6, so let the event loop run."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The editor may already be deleted by the time the condition is looked at.
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible(), timeout=2000)


def names(ws: Workspace) -> list[str]:
    return [r.values["name"] for r in editing.rows(ws, "goals", INI)]


def test_edit_a_cell_is_saved_and_survives_reopening(qtbot, window: MainWindow,
                                                     demo_path: Path) -> None:
    table = goals_table(window)
    click_cell(qtbot, table, 0, 0, double=True)
    type_into_editor(qtbot, "新品 X1 提前上市")
    assert names(window.ws)[0] == "新品 X1 提前上市"
    assert table.proxy.index(0, 0).data() == "新品 X1 提前上市"
    window.set_workspace(None)
    with Workspace.open(demo_path) as ws:
        assert names(ws)[0] == "新品 X1 提前上市"


def test_add_and_delete_rows_with_keys_then_undo_redo(qtbot, window: MainWindow) -> None:
    table = goals_table(window)
    start = names(window.ws)
    click_cell(qtbot, table, 1, 0)
    QTest.keyClick(table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, "季度复盘")
    commit(qtbot, editor)
    after_add = names(window.ws)
    assert after_add == [start[0], start[1], "季度复盘", *start[2:]]

    click_cell(qtbot, table, 2, 0)
    QTest.keyClick(table.view, Qt.Key.Key_Delete)
    assert names(window.ws) == start

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(window.ws) == after_add
    QTest.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert names(window.ws) == start
    # Undo the delete and the name edit and the add: back to the start.
    for _ in range(3):
        window.undo_stack.undo()
    assert names(window.ws) == start
    assert window.undo_stack.index() == 0


def test_undo_after_switching_tabs_goes_back_to_the_tab(qtbot, window: MainWindow) -> None:
    window.show_tab("pain_points")
    table: FormTable = window.tab("pain_points").pain_points  # type: ignore[attr-defined]
    impact_col = table.model.column_of("impact")
    before = editing.rows(window.ws, "pain_points", INI)[0].values["impact"]
    assert table.proxy.setData(table.proxy.index(0, impact_col), 1)
    window.show_tab("goals")
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editing.rows(window.ws, "pain_points", INI)[0].values["impact"] == before
    assert window.current_tab() is window.tab("pain_points")


def test_reorder_rows_and_undo(qtbot, window: MainWindow) -> None:
    table = goals_table(window)
    start = names(window.ws)
    click_cell(qtbot, table, 0, 0)
    QTest.keyClick(table.view, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert names(window.ws) == [start[1], start[0], *start[2:]]
    window.undo_stack.undo()
    assert names(window.ws) == start


def test_bad_input_is_refused_with_a_message_and_nothing_stored(qtbot, window: MainWindow) -> None:
    table = goals_table(window)
    before = editing.rows(window.ws, "goals", INI)
    # An empty goal name, typed.
    click_cell(qtbot, table, 0, 0, double=True)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    commit(qtbot, editor)
    assert table.message.isVisible()
    assert "must not be empty" in table.message.text() or "不能为空" in table.message.text()
    # A date that is no date.
    due = table.model.column_of("due_date")
    assert not table.proxy.setData(table.proxy.index(0, due), "2026-02-30")
    assert "not a date" in table.message.text() or "不是有效日期" in table.message.text()
    assert editing.rows(window.ws, "goals", INI) == before
    # Impact 7 on Form 3.
    window.show_tab("pain_points")
    pains: FormTable = window.tab("pain_points").pain_points  # type: ignore[attr-defined]
    before_p = editing.rows(window.ws, "pain_points", INI)
    assert not pains.proxy.setData(pains.proxy.index(0, pains.model.column_of("impact")), 7)
    assert pains.message.isVisible()
    assert editing.rows(window.ws, "pain_points", INI) == before_p
    assert window.undo_stack.count() == 0


def tasks_table(win: MainWindow) -> FormTable:
    win.show_tab("tracking")
    return win.tab("tracking").tasks  # type: ignore[attr-defined]


def test_a_finish_before_the_start_typed_into_form_4_is_refused(qtbot,
                                                               window: MainWindow) -> None:
    """The table refuses what the Gantt refuses: a planned finish before the start (the
    first task is planned 2026-10-09 – 2026-10-14), typed from the keyboard."""
    table = tasks_table(window)
    before = editing.rows(window.ws, "tracking", INI)
    click_cell(qtbot, table, 0, table.model.column_of("planned_finish"), double=True)
    type_into_editor(qtbot, "2026-10-01")
    assert table.message.isVisible()
    assert "2026-10-01 is before the planned start 2026-10-09" in table.message.text()
    click_cell(qtbot, table, 0, table.model.column_of("planned_start"), double=True)
    type_into_editor(qtbot, "2026/10/20")
    assert "2026-10-14 is before the planned start 2026-10-20" in table.message.text()
    assert editing.rows(window.ws, "tracking", INI) == before
    assert window.undo_stack.count() == 0


def test_a_predecessor_that_closes_a_loop_typed_into_form_4_is_refused(
        qtbot, window: MainWindow) -> None:
    """Task 3 waits for task 2, which waits for task 1: task 1 cannot wait for task 3."""
    table = tasks_table(window)
    before = editing.rows(window.ws, "tracking", INI)
    click_cell(qtbot, table, 0, table.model.column_of("predecessors"), double=True)
    type_into_editor(qtbot, "3")
    assert table.message.isVisible()
    assert ("需求直通机制方案 → 研发需求答复流程上线 → 样机第一批交付 → 需求直通机制方案"
            in table.message.text())
    assert editing.rows(window.ws, "tracking", INI) == before
    assert window.undo_stack.count() == 0
    # A link that closes nothing is taken, and undone as one step.
    click_cell(qtbot, table, 0, table.model.column_of("predecessors"), double=True)
    type_into_editor(qtbot, "7")
    assert editing.rows(window.ws, "tracking", INI)[0].values["predecessors"] == [(7, 0)]
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editing.rows(window.ws, "tracking", INI) == before


def test_undo_gives_an_older_files_dates_out_of_order_back(qtbot, window: MainWindow) -> None:
    with window.ws.write(ChangeArea.TASKS) as s:  # as an older version let it be typed
        s.get(Task, 1).planned_finish = dt.date(2026, 10, 1)
    table = tasks_table(window)
    click_cell(qtbot, table, 0, table.model.column_of("planned_finish"), double=True)
    type_into_editor(qtbot, "2026-10-16")
    assert editing.rows(window.ws, "tracking", INI)[0].values["planned_finish"] == dt.date(
        2026, 10, 16)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editing.rows(window.ws, "tracking", INI)[0].values["planned_finish"] == dt.date(
        2026, 10, 1)
    assert not table.message.isVisible() or "before" not in table.message.text()


def test_derived_columns_are_read_only(window: MainWindow) -> None:
    window.show_tab("pain_points")
    pains: FormTable = window.tab("pain_points").pain_points  # type: ignore[attr-defined]
    index = pains.proxy.index(0, pains.model.column_of("priority"))
    assert not (index.flags() & Qt.ItemFlag.ItemIsEditable)


def test_sorting_and_filtering(qtbot, window: MainWindow) -> None:
    window.show_tab("pain_points")
    pains: FormTable = window.tab("pain_points").pain_points  # type: ignore[attr-defined]
    col = pains.model.column_of("priority")
    header = pains.view.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(header.sectionViewportPosition(col) + 5, 5))
    ranks = [pains.proxy.index(r, col).data() for r in range(pains.proxy.rowCount())]
    assert ranks == [str(i) for i in range(1, len(ranks) + 1)]
    type_text(pains.filter_edit, "审批")
    assert pains.proxy.rowCount() == 1


def test_read_only_window_refuses_edits(qtbot, demo_path: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    holder = Workspace.open(demo_path)
    try:
        win.set_workspace(Workspace.open(demo_path, read_only=True))
        table = goals_table(win)
        assert not (table.proxy.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable)
        assert not win.add_row_action.isEnabled()
        assert "read-only" in win.windowTitle()
        win.set_workspace(None)
    finally:
        holder.close()


def test_broken_team_rule_is_shown_on_the_tab_and_in_the_status_bar(qtbot, window: MainWindow) -> None:
    window.show_tab("team")
    team: FormTable = window.tab("team").team  # type: ignore[attr-defined]
    # Once checked, the strip above the form stays, saying its rules are kept.
    qtbot.waitUntil(lambda: team.problems.text() == "All rules of this form are kept",
                    timeout=5000)
    role = team.model.column_of("role")
    lead_row = next(r for r in range(team.model.rowCount())
                    if team.model.row_at(r).values["role"] == "lead")
    assert team.proxy.setData(team.proxy.index(lead_row, role), "executor")
    qtbot.waitUntil(lambda: "lead" in team.problems.text().lower(), timeout=3000)
    assert "1" in window.findings_label.text()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: team.problems.text() == "All rules of this form are kept",
                    timeout=3000)
