"""What one cell edit costs, in SQL statements: a cell typed in Form 4 of the real window
reloads only what the change notice names, after the edit has returned."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.forms.sql_count import SqlCount, counting_sql
from tests.ui.forms.test_form_editing import click_cell, type_into_editor
from ui.window.main_window import MainWindow
from ui.window.tab_registry import TABS

# One Form 4 cell typed on the demo workspace, every tab visited, before notices were typed
# and delivered after the edit: every listener ran inside setData, the measures and tasks
# tables reloaded whole and the hidden RACI tab reloaded its grid.
BEFORE_SELECTS = 36
BEFORE_TRANSACTIONS = 7


def edit_one_task_name(qtbot, window: MainWindow) -> SqlCount:
    for spec in TABS:  # a person who has looked at every tab: each is built and listens
        window.show_tab(spec.key)
        qtbot.wait(20)
    window.show_tab("tracking")
    table = window.tab("tracking").tasks  # type: ignore[attr-defined]
    qtbot.wait(300)  # the first rule check and the backup are over
    assert window.ws is not None
    with counting_sql(window.ws) as count:
        click_cell(qtbot, table, 2, 0, double=True)
        type_into_editor(qtbot, "Prototype batch one")
        qtbot.wait(50)  # notices delivered after the edit
        QApplication.processEvents()
    assert table.proxy.index(2, 0).data() == "Prototype batch one"
    return count


def test_one_cell_edit_reads_a_quarter_of_what_it_did(qtbot, window: MainWindow) -> None:
    count = edit_one_task_name(qtbot, window)
    print("one Form 4 cell edit:", count)
    assert count.writes == 1
    assert count.selects * 4 <= BEFORE_SELECTS, count.statements
    assert count.transactions < BEFORE_TRANSACTIONS, count.statements
