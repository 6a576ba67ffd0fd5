"""One way for a view to listen: a view's subscription ends with the view or with the
workspace, and a table follows an edit row by row, keeping the selection and the scroll."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.common.test_file_dialogs import trigger
from tests.ui.forms.test_form_editing import click_cell, type_into_editor
from ui.window.main_window import MainWindow
from ui.window.tab_registry import TABS


def visit_every_tab(qtbot, window: MainWindow) -> None:
    for spec in TABS:
        window.show_tab(spec.key)
        qtbot.wait(10)
    window.show_tab("goals")


def settle(qtbot) -> None:
    """Let posted deletions and notices run."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def test_a_closed_dialog_hears_nothing_once_it_is_gone(qtbot, window: MainWindow) -> None:
    assert window.ws is not None
    visit_every_tab(qtbot, window)
    settle(qtbot)
    before = window.ws.listener_count()
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen["listeners"] = window.ws.listener_count()  # type: ignore[union-attr]
        dialog.reject()

    QTimer.singleShot(100, look_and_close)
    trigger(window, "Departments and people…")
    settle(qtbot)
    assert seen["listeners"] == before + 2  # its two lists listened while it was open
    assert window.ws.listener_count() == before
    # An edit after it closed: nothing of the dialog is called (it would fail, being gone).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.tab("goals").goals  # type: ignore[attr-defined]
    click_cell(qtbot, table, 0, 0, double=True)
    type_into_editor(qtbot, "Launch on time")
    settle(qtbot)
    assert table.proxy.index(0, 0).data() == "Launch on time"
    assert window.ws.listener_count() == before


def test_switching_workspace_leaves_no_listener_of_the_old_one(
        qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, file_dialog) -> None:
    first = window.ws
    assert first is not None
    visit_every_tab(qtbot, window)
    settle(qtbot)
    every_tab = first.listener_count()
    assert every_tab > len(TABS)  # the window, the tabs and the models inside them

    other = tmp_path / "other.crossdesk"
    shutil.copy(demo_path, other)
    file_dialog.answer(other)
    trigger(window, "Open…")
    settle(qtbot)
    second = window.ws
    assert second is not first and second is not None and second.path == other
    assert first.listener_count() == 0
    visit_every_tab(qtbot, window)
    settle(qtbot)
    assert second.listener_count() == every_tab  # as many as the first had, no more

    trigger(window, "Close workspace")
    settle(qtbot)
    assert second.listener_count() == 0


def test_an_edit_keeps_the_selection_and_the_scroll(qtbot, window: MainWindow) -> None:
    window.show_tab("tracking")
    table = window.tab("tracking").tasks  # type: ignore[attr-defined]
    resets: list[int] = []
    table.model.modelReset.connect(lambda: resets.append(1))
    window.resize(1024, 600)  # a small screen: Form 4 shows fewer rows than the plan has
    settle(qtbot)
    click_cell(qtbot, table, 19, 0)
    bar = table.view.verticalScrollBar()
    scrolled = bar.value()
    assert scrolled > 0
    click_cell(qtbot, table, 19, 0, double=True)
    type_into_editor(qtbot, "Dealer training, wave one")
    settle(qtbot)
    assert table.proxy.index(19, 0).data() == "Dealer training, wave one"
    # Enter moved the cursor down one row, as in a spreadsheet; nothing was reset.
    assert table.view.currentIndex().row() == 20
    assert resets == []
    assert bar.value() >= scrolled

    # Undo with Ctrl+Z: the row is read again alone, still no reset.
    QTest.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert table.proxy.index(19, 0).data() != "Dealer training, wave one"
    assert resets == []

    # A row added below the current one (Ctrl+N) and deleted again (Delete): rows are
    # inserted and removed, never the whole table reset.
    rows = table.model.rowCount()
    click_cell(qtbot, table, 19, 0)
    scrolled = bar.value()
    QTest.keyClick(table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave its name as it is
    assert table.model.rowCount() == rows + 1
    assert table.view.currentIndex().row() == 20
    click_cell(qtbot, table, 20, 0)
    QTest.keyClick(table.view, Qt.Key.Key_Delete)
    settle(qtbot)
    assert table.model.rowCount() == rows
    # A row moved up (Ctrl+Shift+Up): the rows change places, the cursor goes with it.
    click_cell(qtbot, table, 19, 0)
    moved = table.proxy.index(19, 0).data()
    QTest.keyClick(table.view, Qt.Key.Key_Up,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot)
    assert table.proxy.index(18, 0).data() == moved
    assert table.view.currentIndex().row() == 18
    assert resets == []
    assert bar.value() >= scrolled - 1


def test_a_hidden_tab_reads_the_change_when_it_is_shown(qtbot, window: MainWindow) -> None:
    window.show_tab("raci")
    raci = window.tab("raci")
    loads: list[int] = []
    real = raci.model.load  # type: ignore[attr-defined]

    def counted(initiative_id: int) -> None:
        loads.append(initiative_id)
        real(initiative_id)

    raci.model.load = counted  # type: ignore[attr-defined]
    window.show_tab("tracking")
    tasks = window.tab("tracking").tasks  # type: ignore[attr-defined]
    click_cell(qtbot, tasks, 0, 0, double=True)
    type_into_editor(qtbot, "Kick-off")
    click_cell(qtbot, tasks, 1, 0, double=True)
    type_into_editor(qtbot, "Second step")
    settle(qtbot)
    assert loads == []  # the RACI grid behind its tab reads nothing yet
    window.show_tab("raci")
    settle(qtbot)
    assert len(loads) == 1  # both renames, read once
    names = [raci.model.grid.rows[i].name for i in range(2)]  # type: ignore[attr-defined]
    assert names == ["Kick-off", "Second step"]
