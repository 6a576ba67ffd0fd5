"""The RACI tab driven like a user drives it: real clicks and keys on the grid, the system
clipboard, the undo stack — and every result read back from the workspace file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.forms import editing
from app.raci import raci_grid
from app.store.workspace import Workspace
from tests.app.raci.raci_helpers import DEMO_INITIATIVE, cell_key, click, empty_cell, stored
from ui.raci import RaciTab
from ui.raci.model import BROKEN_ROLE, LOAD_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_model_contract(qtmodeltester, raci_tab: RaciTab):
    qtmodeltester.check(raci_tab.model)


def test_click_cycles_r_a_c_i_empty_each_an_undo_step(raci_tab: RaciTab, demo_ws: Workspace,
                                                     undo_stack: QUndoStack):
    r, c = empty_cell(raci_tab)
    task, key = cell_key(raci_tab, r, c)
    seen = []
    for _ in range(5):
        click(raci_tab, r, c)
        seen.append(stored(demo_ws, task, key))
    assert seen == ["R", "A", "C", "I", None]
    assert undo_stack.count() == 5
    undo_stack.undo()
    assert stored(demo_ws, task, key) == "I"
    assert raci_tab.model.letter_at(raci_tab.model.index(r, c)) == "I"  # the grid follows
    undo_stack.undo()
    undo_stack.undo()
    assert stored(demo_ws, task, key) == "A"


def test_type_letters_on_a_block_and_delete_them_as_single_steps(
        raci_tab: RaciTab, demo_ws: Workspace, undo_stack: QUndoStack):
    # Ctrl-click picks a cell without cycling it; Shift-click stretches it to a block.
    click(raci_tab, 3, 1, CTRL)
    click(raci_tab, 5, 3, SHIFT)
    cells = [cell_key(raci_tab, r, c) for r in range(3, 6) for c in range(1, 4)]
    before = {cell: stored(demo_ws, *cell) for cell in cells}
    assert undo_stack.count() == 0  # selecting changed nothing
    QTest.keyClick(raci_tab.view, Qt.Key.Key_C)
    assert {stored(demo_ws, *cell) for cell in cells} == {"C"}
    assert undo_stack.count() == 1
    QTest.keyClick(raci_tab.view, Qt.Key.Key_Delete)
    assert {stored(demo_ws, *cell) for cell in cells} == {None}
    assert undo_stack.count() == 2
    undo_stack.undo()
    assert {stored(demo_ws, *cell) for cell in cells} == {"C"}
    undo_stack.undo()
    assert {cell: stored(demo_ws, *cell) for cell in cells} == before
    undo_stack.redo()
    assert {stored(demo_ws, *cell) for cell in cells} == {"C"}


def test_lowercase_and_shifted_letters_both_set(raci_tab: RaciTab, demo_ws: Workspace):
    r, c = empty_cell(raci_tab)
    click(raci_tab, r, c, CTRL)
    QTest.keyClick(raci_tab.view, Qt.Key.Key_I, SHIFT)
    assert stored(demo_ws, *cell_key(raci_tab, r, c)) == "I"
    QTest.keyClick(raci_tab.view, Qt.Key.Key_R)
    assert stored(demo_ws, *cell_key(raci_tab, r, c)) == "R"


def test_paste_a_block_from_excel_and_undo_it(raci_tab: RaciTab, demo_ws: Workspace,
                                              undo_stack: QUndoStack):
    cells = [cell_key(raci_tab, r, c) for r in (6, 7) for c in (2, 3, 4)]
    before = {cell: stored(demo_ws, *cell) for cell in cells}
    QApplication.clipboard().setText("R\tA\tc\r\n\tI\t\r\n")  # as Excel puts it there
    click(raci_tab, 6, 2, CTRL)
    QTest.keyClick(raci_tab.view, Qt.Key.Key_V, CTRL)
    assert [stored(demo_ws, *cell) for cell in cells] == ["R", "A", "C", None, "I", None]
    assert undo_stack.count() == 1
    selected = {(i.row(), i.column()) for i in raci_tab.view.selectionModel().selectedIndexes()}
    assert selected == {(r, c) for r in (6, 7) for c in (2, 3, 4)}
    undo_stack.undo()
    assert {cell: stored(demo_ws, *cell) for cell in cells} == before


def test_one_copied_value_fills_the_whole_selection(raci_tab: RaciTab, demo_ws: Workspace):
    QApplication.clipboard().setText("I\n")
    click(raci_tab, 0, 0, CTRL)
    click(raci_tab, 2, 1, SHIFT)
    QTest.keyClick(raci_tab.view, Qt.Key.Key_V, CTRL)
    assert {stored(demo_ws, *cell_key(raci_tab, r, c)) for r in range(3) for c in range(2)} \
        == {"I"}


def test_a_bad_paste_changes_nothing_and_says_where(raci_tab: RaciTab, demo_ws: Workspace,
                                                    undo_stack: QUndoStack):
    cell = cell_key(raci_tab, 0, 0)
    before = stored(demo_ws, *cell)
    QApplication.clipboard().setText("R\tA\nC\tyes\n")
    click(raci_tab, 0, 0, CTRL)
    QTest.keyClick(raci_tab.view, Qt.Key.Key_V, CTRL)
    assert stored(demo_ws, *cell) == before and undo_stack.count() == 0
    assert raci_tab.banner.isVisible()
    assert "Row 2, column 2" in raci_tab.banner.text() and "yes" in raci_tab.banner.text()


def test_paste_past_the_edge_keeps_what_fits_and_says_so(raci_tab: RaciTab, demo_ws: Workspace):
    last_row = raci_tab.model.rowCount() - 1
    last_col = raci_tab.model.columnCount() - 1
    QApplication.clipboard().setText("C\tC\nC\tC\n")
    click(raci_tab, last_row, last_col, CTRL)
    QTest.keyClick(raci_tab.view, Qt.Key.Key_V, CTRL)
    assert stored(demo_ws, *cell_key(raci_tab, last_row, last_col)) == "C"
    assert "3 pasted cell(s) fell outside" in raci_tab.banner.text()


def test_copy_puts_a_tab_separated_block_on_the_clipboard(raci_tab: RaciTab):
    click(raci_tab, 0, 0, CTRL)
    click(raci_tab, 1, 2, SHIFT)
    QTest.keyClick(raci_tab.view, Qt.Key.Key_C, CTRL)
    m = raci_tab.model
    expected = "".join("\t".join(m.letter_at(m.index(r, c)) for c in range(3)) + "\n"
                       for r in range(2))
    assert QApplication.clipboard().text() == expected


def test_broken_rules_show_live_and_the_list_jumps_to_the_cell(
        raci_tab: RaciTab, demo_ws: Workspace):
    assert raci_tab.findings_list.count() == 0
    model = raci_tab.model
    row = 2
    lead_col = next(i for i, c in enumerate(model.grid.columns) if c.label == "王建国")
    assert model.letter_at(model.index(row, lead_col)) == "A"
    emitted = []
    raci_tab.findings_changed.connect(emitted.append)
    click(raci_tab, row, lead_col)  # A → C: nobody is accountable any more
    assert model.index(row, 0).data(BROKEN_ROLE) is True
    assert model.headerData(row, Qt.Orientation.Vertical, BROKEN_ROLE) is True
    assert "Nobody is accountable" in model.headerData(row, Qt.Orientation.Vertical,
                                                       Qt.ItemDataRole.ToolTipRole)
    assert raci_tab.findings_list.count() == 1
    assert [f.rule for f in emitted[-1]] == ["raci.one_accountable"]
    assert "1 task(s) break" in raci_tab.summary.text()
    # Jump: from somewhere else, click the finding.
    click(raci_tab, 15, 0, CTRL)
    item = raci_tab.findings_list.item(0)
    rect = raci_tab.findings_list.visualItemRect(item)
    QTest.mouseClick(raci_tab.findings_list.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    assert raci_tab.view.currentIndex().row() == row
    assert raci_tab.view.hasFocus() or raci_tab.view.isAncestorOf(QApplication.focusWidget())
    # Fix it: R on the lead would still leave no A; type A instead.
    QTest.keyClick(raci_tab.view, Qt.Key.Key_A)
    assert raci_tab.findings_list.count() == 0 and model.index(row, 0).data(BROKEN_ROLE) is False


def test_column_counts_follow_edits(raci_tab: RaciTab):
    model = raci_tab.model
    r, c = empty_cell(raci_tab)
    load = model.headerData(c, Qt.Orientation.Horizontal, LOAD_ROLE)
    QTest.qWait(0)
    click(raci_tab, r, c)  # → R
    after = model.headerData(c, Qt.Orientation.Horizontal, LOAD_ROLE)
    assert after.responsible == load.responsible + 1
    lead = next(i for i, col in enumerate(model.grid.columns) if col.label == "王建国")
    heavy = model.headerData(lead, Qt.Orientation.Horizontal, LOAD_ROLE)
    assert heavy.heavy and heavy.accountable == 22
    assert "far more" in model.headerData(lead, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.ToolTipRole)


def test_departments_view_sets_department_letters(raci_tab: RaciTab, demo_ws: Workspace):
    QTest.mouseClick(raci_tab.departments_button, Qt.MouseButton.LeftButton)
    assert raci_tab.mode == raci_grid.DEPARTMENTS
    assert [c.label for c in raci_tab.model.grid.columns][:2] == ["研发部", "市场部"]
    click(raci_tab, 0, 1)
    task, key = cell_key(raci_tab, 0, 1)
    assert key.startswith("d") and stored(demo_ws, task, key) == "R"
    QTest.mouseClick(raci_tab.people_button, Qt.MouseButton.LeftButton)
    assert raci_tab.mode == raci_grid.MEMBERS and raci_tab.model.columnCount() == 10


def test_grid_follows_changes_made_elsewhere(raci_tab: RaciTab, demo_ws: Workspace):
    first = raci_tab.model.grid.rows[0]
    click(raci_tab, 4, 4, CTRL)
    editing.set_value(demo_ws, "tracking", first.task_id, "name", "方案（修订）")
    assert raci_tab.model.headerData(0, Qt.Orientation.Vertical) == "1. 方案（修订）"
    assert raci_tab.view.currentIndex().row() == 4  # the user's place is kept
    new = editing.add_row(demo_ws, "tracking", DEMO_INITIATIVE, {"name": "新增任务"})
    assert raci_tab.model.row_of_task(new) is not None
    assert raci_tab.findings_list.count() == 2  # a new task has neither A nor R
    raci_grid.set_cells(demo_ws, DEMO_INITIATIVE,
                   {(first.task_id, raci_tab.model.grid.columns[0].key): "C"})
    assert raci_tab.model.letter_at(raci_tab.model.index(0, 0)) == "C"


def test_a_read_only_workspace_refuses_with_a_message(qtbot, demo_path):
    ws = Workspace.open(demo_path, read_only=True)
    stack = QUndoStack()
    tab = RaciTab(ws, stack)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.set_initiative(DEMO_INITIATIVE)
    tab.show()
    qtbot.waitExposed(tab)
    r, c = empty_cell(tab)
    click(tab, r, c)
    assert stack.count() == 0 and tab.banner.isVisible() and "read-only" in tab.banner.text()
    assert stored(ws, *cell_key(tab, r, c)) is None
    ws.close()


def test_no_initiative_and_empty_initiative(qtbot, empty_ws: Workspace):
    from app.org import initiatives

    tab = RaciTab(empty_ws, QUndoStack())
    qtbot.addWidget(tab)
    tab.set_initiative(None)
    assert tab.model.rowCount() == 0 and "No initiative" in tab.summary.text()
    ini = initiatives.create_initiative(empty_ws, "新项目")
    tab.set_initiative(ini)
    assert "No tasks yet" in tab.summary.text()
