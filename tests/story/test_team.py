"""A new workspace has no departments yet: the coordinator adds them from the pick list
where one is missing, or pastes the organisation's list into Departments and people, and
builds the team."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListWidget, QPushButton

from app.forms import editing
from app.org import organisation as org
from ui.window.main_window import MainWindow

from .person import (
    CTRL,
    LEFT,
    NO_MOD,
    back_to,
    choose,
    focus,
    press,
    type_and_enter,
    type_text,
    when_dialog,
)
from .test_kickoff import create_initiative, current_cell, goals, goals_table, wait_editor

ALT = Qt.KeyboardModifier.AltModifier


def pick_last(qtbot) -> None:
    """Open the drop-down in focus and choose its last item with the keyboard."""
    press(Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Return)


def click_button(dialog, *texts: str) -> None:
    button = next(b for b in dialog.findChildren(QPushButton)
                  if b.isVisible() and b.text().replace("&", "") in texts)
    QTest.mouseClick(button, LEFT, NO_MOD, button.rect().center())


def test_add_department_from_the_pick_lists_of_a_new_workspace(qtbot, new_window: MainWindow) -> None:
    win = new_window
    create_initiative(qtbot, win, "新品X1上市")
    assert org.department_names(win.ws) == []
    table = goals_table(win)
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD, table.view.viewport().rect().center())
    press(Qt.Key.Key_N, CTRL)
    wait_editor(qtbot, QLineEdit)
    type_text("新品X1按期上市")
    for _ in range(4):
        press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox), timeout=2000)
    assert current_cell(table) == (0, "lead_department")
    combo = focus()
    assert combo.itemText(combo.count() - 1) == "添加部门…"  # type: ignore[attr-defined]

    when_dialog(type_and_enter("市场部"))
    pick_last(qtbot)
    qtbot.waitUntil(lambda: goals(win)[0]["lead_department"] == "市场部", timeout=3000)
    back_to(qtbot, win)
    assert org.department_names(win.ws) == ["市场部"]

    # The participating departments: a checkable list that ends in the same item; several
    # names at once, separated as people write lists.
    click_cell = table.view.visualRect(table.proxy.index(0, table.model.column_of("departments")))
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD, click_cell.center())
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QListWidget), timeout=2000)
    press(Qt.Key.Key_Space)  # checks 市场部, the first
    press(Qt.Key.Key_End)
    when_dialog(type_and_enter("研发部、销售部，售后服务部"))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: goals(win)[0]["departments"] == ["市场部", "研发部", "销售部",
                                                            "售后服务部"], timeout=3000)
    back_to(qtbot, win)
    assert org.department_names(win.ws) == ["市场部", "研发部", "销售部", "售后服务部"]

    # One undo step takes back the cell (as it was before this edit) and the departments
    # it added.
    press(Qt.Key.Key_Z, CTRL)
    assert goals(win)[0]["departments"] == []
    assert org.department_names(win.ws) == ["市场部"]
    qtbot.waitUntil(lambda: current_cell(table) == (0, "departments"), timeout=2000)


def test_build_a_team_adding_a_department_on_the_way(qtbot, new_window: MainWindow) -> None:
    win = new_window
    create_initiative(qtbot, win, "新品X1上市")
    win.tab_widget.setCurrentIndex(1)  # a click on the tab "团队"
    team = win.tab("team").team  # type: ignore[attr-defined]
    QTest.mouseClick(team.view.viewport(), LEFT, NO_MOD, team.view.viewport().rect().center())

    def fill_member(dialog) -> None:
        type_text("王建国")
        press(Qt.Key.Key_Tab)
        assert isinstance(focus(), QComboBox)
        when_dialog(type_and_enter("项目管理办公室"))
        pick_last(qtbot)  # the department's name is asked and answered meanwhile
        back_to(qtbot, dialog)
        assert dialog.department.currentText() == "项目管理办公室"  # type: ignore[attr-defined]
        press(Qt.Key.Key_Return)

    when_dialog(fill_member)
    press(Qt.Key.Key_N, CTRL)
    back_to(qtbot, win)
    members = editing.rows(win.ws, "team", win.initiative_id)  # type: ignore[arg-type]
    assert [(m.values["name"], m.values["department"]) for m in members] == [
        ("王建国", "项目管理办公室")]


def test_paste_the_organisations_departments(qtbot, new_window: MainWindow) -> None:
    win = new_window

    def paste_list(dialog) -> None:
        def type_list(box) -> None:
            type_text("研发部")
            press(Qt.Key.Key_Return)
            type_text("市场部、销售部，售后服务部;项目管理办公室")
            click_button(box, "确定", "OK")
        when_dialog(type_list)
        click_button(dialog, "粘贴列表…")
        qtbot.waitUntil(lambda: org.department_names(win.ws) != [], timeout=3000)
        back_to(qtbot, dialog)

        # And Ctrl+V on the list, as copied from a spreadsheet column.
        QGuiApplication.clipboard().setText("财务部\r\n法务部\r\n研发部\r\n")
        view = dialog.dep_view  # type: ignore[attr-defined]
        QTest.mouseClick(view.viewport(), LEFT, NO_MOD, view.viewport().rect().center())
        press(Qt.Key.Key_V, CTRL)
        press(Qt.Key.Key_Escape)

    when_dialog(paste_list)
    choose(win, "编辑", "部门和人员")
    assert org.department_names(win.ws) == [
        "研发部", "市场部", "销售部", "售后服务部", "项目管理办公室", "财务部", "法务部"]
    back_to(qtbot, win)
    press(Qt.Key.Key_Z, CTRL)  # each paste is one step
    assert org.department_names(win.ws) == ["研发部", "市场部", "销售部", "售后服务部", "项目管理办公室"]


def test_a_refused_department_from_the_pick_list_changes_nothing(qtbot,
                                                                 demo_window: MainWindow) -> None:
    """The department and the cell are one step: a name the workspace refuses (too long)
    adds neither, says why, and leaves nothing to undo."""
    from tests.ui.excel.import_helpers import answer_message

    from .person import click

    win = demo_window
    win.show_tab("goals")
    table = goals_table(win)
    deps, before = org.department_names(win.ws), goals(win)[0]["lead_department"]
    click(table.view, table.proxy.index(0, table.model.column_of("lead_department")), double=True)
    wait_editor(qtbot, QComboBox)
    told: list[str] = []
    errors = answer_message(told)
    when_dialog(type_and_enter("x" * 201))
    pick_last(qtbot)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert not errors and "200" in told[0]
    assert org.department_names(win.ws) == deps
    assert goals(win)[0]["lead_department"] == before
    assert win.undo_stack.count() == 0
    back_to(qtbot, win)

    # A name it takes: the department and the cell, undone and redone as one step.
    click(table.view, table.proxy.index(0, table.model.column_of("lead_department")), double=True)
    wait_editor(qtbot, QComboBox)
    when_dialog(type_and_enter("质量部"))
    pick_last(qtbot)
    qtbot.waitUntil(lambda: goals(win)[0]["lead_department"] == "质量部", timeout=3000)
    back_to(qtbot, win)
    added = org.departments(win.ws)[-1]
    assert (added.name, win.undo_stack.count()) == ("质量部", 1)
    press(Qt.Key.Key_Z, CTRL)
    assert (org.department_names(win.ws), goals(win)[0]["lead_department"]) == (deps, before)
    press(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert goals(win)[0]["lead_department"] == "质量部"
    assert org.departments(win.ws)[-1].id == added.id  # the same department, put back
