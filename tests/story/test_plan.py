"""Designing the plan: each measure says which pain points it addresses, picked from the
initiative's pain points by what they are, not by a number typed from memory."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from app.forms import editing
from ui.forms.form_table import FormTable
from ui.window.main_window import MainWindow

from .person import click, press


def measures_table(win: MainWindow) -> FormTable:
    win.show_tab("tracking")
    return win.tab("tracking").measures  # type: ignore[attr-defined]


def measure_points(win: MainWindow, row: int) -> list[int]:
    assert win.ws is not None and win.initiative_id is not None
    return editing.rows(win.ws, "measures", win.initiative_id)[row].values["pain_points"]


def test_a_measures_pain_points_are_picked_from_a_list_and_shown_by_description(
        qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    table = measures_table(win)
    pains = editing.rows(win.ws, "pain_points", win.initiative_id)  # type: ignore[arg-type]
    column = table.model.column_of("pain_points")
    cell = table.proxy.index(0, column)
    shown = cell.data()
    # The cell says what the pain points are, not "#1, #4".
    assert pains[0].values["description"] in shown and pains[3].values["description"] in shown
    assert shown != "#1, #4"

    click(table.view, cell)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QListWidget), timeout=2000)
    editor: QListWidget = QApplication.focusWidget()  # type: ignore[assignment]
    labels = [editor.item(i).text() for i in range(editor.count())]
    assert labels == [f"#{p.number} {p.values['description']}" for p in pains]
    checked = [i for i in range(editor.count())
               if editor.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == [0, 3]
    # Down to #2, check it; up to #1, uncheck it; Enter commits.
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Return)
    ids = [p.id for p in pains]
    qtbot.waitUntil(lambda: measure_points(win, 0) == [ids[1], ids[3]], timeout=2000)
    assert pains[1].values["description"] in table.proxy.index(0, column).data()
    assert pains[0].values["description"] not in table.proxy.index(0, column).data()
