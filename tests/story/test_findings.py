"""The weekly meeting: rules broken here and there are listed in one place, each leads to
its row, each tab counts its own, and the table does not jump while they are fixed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView

from app.forms import editing
from ui.findings.findings_list import FindingsPopup
from ui.raci import RaciTab
from ui.window.main_window import MainWindow

from .person import CTRL, LEFT, NO_MOD, click, click_tab, press, type_text
from .test_kickoff import current_cell, goals_table, wait_editor


def status(win: MainWindow) -> str:
    """What the status bar says about the rules."""
    return win.findings_label.text()


def tab_titles(win: MainWindow) -> list[str]:
    return [win.tab_widget.tabText(i) for i in range(win.tab_widget.count())]


def open_findings(qtbot, win: MainWindow) -> QListView:
    button = win.findings_button
    QTest.mouseClick(button, LEFT, NO_MOD, button.rect().center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), FindingsPopup),
                    timeout=2000)
    return QApplication.activePopupWidget().view  # type: ignore[union-attr]


def choose_line(view: QListView, text: str) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if text in model.index(r, 0).data())
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, view.visualRect(model.index(row, 0)).center())


def a_cell(tab: RaciTab) -> tuple[int, int]:
    model = tab.model
    return next((r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                if model.letter_at(model.index(r, c)) == "A")


def click_raci(tab: RaciTab, row: int, column: int) -> None:
    index = tab.model.index(row, column)
    tab.view.scrollTo(index)
    QTest.mouseClick(tab.view.viewport(), LEFT, NO_MOD, tab.view.visualRect(index).center())


def test_every_finding_in_one_list_each_leading_to_its_row(qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    qtbot.waitUntil(lambda: status(win) == "所有规则均已满足", timeout=10000)

    # A goal loses its lead department…
    table = goals_table(win)
    click(table.view, table.proxy.index(1, table.model.column_of("lead_department")))
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Home)  # the empty choice
    press(Qt.Key.Key_Return)
    # …and a task its A, clicked away in the RACI grid (A → C).
    click_tab(win, "RACI")
    raci: RaciTab = win.tab("raci")  # type: ignore[assignment]
    row, column = a_cell(raci)
    click_raci(raci, row, column)
    # The goal changed, so the two signatures given for Form 1 are stale as well.
    qtbot.waitUntil(lambda: status(win) == "4 条规则提示", timeout=5000)
    assert "1 目标 (3)" in tab_titles(win) and "RACI 矩阵 (1)" in tab_titles(win)
    assert "2 团队" in tab_titles(win)  # no count where nothing is broken

    view = open_findings(qtbot, win)
    lines = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert len(lines) == 4
    assert any(line.startswith("1 目标 · ") and "责任牵头部门" in line for line in lines)
    assert sum(line.startswith("1 目标 · ") and "签字" in line for line in lines) == 2
    assert any(line.startswith("RACI 矩阵 · ") and "批准人（A）" in line for line in lines)

    click_tab(win, "2 团队")
    view = open_findings(qtbot, win)
    choose_line(view, "RACI")
    assert win.current_tab() is raci
    assert raci.view.currentIndex().row() == row

    # Fixed by clicking round to A again: C → I → empty → R → A.
    for _ in range(4):
        click_raci(raci, row, column)
    qtbot.waitUntil(lambda: status(win) == "3 条规则提示", timeout=5000)
    assert "RACI 矩阵" in tab_titles(win)

    view = open_findings(qtbot, win)
    choose_line(view, "责任牵头部门")
    assert win.current_tab() is win.tab("goals")
    assert current_cell(table) == (1, "lead_department")


def test_the_table_does_not_move_while_rules_are_broken_and_fixed(
        qtbot, demo_window: MainWindow) -> None:
    win = demo_window
    qtbot.waitUntil(lambda: status(win) == "所有规则均已满足", timeout=10000)
    table = goals_table(win)

    def table_top() -> int:
        return table.view.mapTo(win, QPoint(0, 0)).y()

    def set_measure(row: int, text: str, findings: str) -> None:
        click(table.view, table.proxy.index(row, table.model.column_of("measure")))
        press(Qt.Key.Key_Return)
        wait_editor(qtbot, type(QApplication.focusWidget()))
        press(Qt.Key.Key_A, CTRL)
        if text:
            type_text(text)
        else:
            press(Qt.Key.Key_Backspace)
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: status(win) == findings, timeout=5000)
        assert table_top() == top, (text, findings)

    top = table_top()
    before = editing.rows(win.ws, "goals", win.initiative_id)  # type: ignore[arg-type]
    # Each change of Form 1 also makes its two signatures stale, until it is as signed.
    set_measure(0, "", "3 条规则提示")
    set_measure(2, "", "4 条规则提示")
    set_measure(0, before[0].values["measure"], "3 条规则提示")
    set_measure(2, before[2].values["measure"], "所有规则均已满足")
    assert table.problems.isVisible() and "均已满足" in table.problems.text()
