"""The coordinator's day from the product brief, in one workspace, in Chinese, through the
mouse and keyboard only: each step checks the database before the next one starts.

Printing Form 1 and importing sales' sheet need the file dialogs answered at their seam;
their steps go where the comments say."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.forms import editing
from app.org import organisation as org
from ui.window.main_window import MainWindow

from .person import (
    CTRL,
    LEFT,
    NO_MOD,
    back_to,
    choose,
    click,
    click_tab,
    drag,
    focus,
    press,
    type_text,
    when_dialog,
)
from .test_kickoff import create_initiative, goals, goals_table, type_goal, wait_editor
from .test_team import click_button

D = dt.date
ALT = Qt.KeyboardModifier.AltModifier


def rows(win: MainWindow, form: str) -> list[dict]:
    assert win.ws is not None and win.initiative_id is not None
    return [r.values for r in editing.rows(win.ws, form, win.initiative_id)]


def pick(qtbot, text: str) -> None:
    """Open the drop-down in focus and choose ``text`` with the arrow keys and Enter."""
    combo = focus()
    assert isinstance(combo, QComboBox)
    target = combo.findText(text)
    assert target >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    press(Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    press(Qt.Key.Key_Home)
    for _ in range(target):
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=2000)
    back_to(qtbot, combo.window())  # the list was a window of its own


def add_member(qtbot, win: MainWindow, name: str, department: str, role: str) -> None:
    def fill(dialog) -> None:
        type_text(name)
        press(Qt.Key.Key_Tab)
        pick(qtbot, department)
        press(Qt.Key.Key_Return)

    when_dialog(fill)
    press(Qt.Key.Key_N, CTRL)
    back_to(qtbot, win)
    table = win.tab("team").team  # type: ignore[attr-defined]
    wait_editor(qtbot, QLineEdit)
    press(Qt.Key.Key_Tab)  # department, as chosen
    press(Qt.Key.Key_Tab)  # role
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox), timeout=2000)
    pick(qtbot, role)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() == table.view.State.NoState, timeout=2000)


def test_the_coordinators_day(qtbot, new_window: MainWindow) -> None:
    win = new_window

    # The kick-off meeting: the initiative and its goals, typed with the room watching.
    create_initiative(qtbot, win, "新品X1上市")
    table = goals_table(win)
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD, table.view.viewport().rect().center())
    type_goal(qtbot, "新品X1按期上市", "3月底前全国首批铺货", "上市日期偏差不超过3天", "2027-03-31")
    type_goal(qtbot, "缩短审批周期", "审批由5个签字减到3个", "审批平均不超过2天", "2027/6/30")
    type_goal(qtbot, "售后准备就绪", "完成维修手册与培训", "培训覆盖率100%", "2027年9月30日")
    assert [g["due_date"] for g in goals(win)] == [D(2027, 3, 31), D(2027, 6, 30), D(2027, 9, 30)]
    # (Form 1 printed to PDF and checked here, once the file dialogs have their seam.)

    # The organisation's departments, pasted from a message.
    def paste(dialog) -> None:
        def type_list(box) -> None:
            type_text("市场部、销售部、研发部；项目管理办公室")
            click_button(box, "确定", "OK")
        when_dialog(type_list)
        click_button(dialog, "粘贴列表…")
        qtbot.waitUntil(lambda: len(org.department_names(win.ws)) == 4, timeout=3000)
        back_to(qtbot, dialog)
        press(Qt.Key.Key_Escape)

    when_dialog(paste)
    choose(win, "编辑", "部门和人员")
    back_to(qtbot, win)
    assert org.department_names(win.ws) == ["市场部", "销售部", "研发部", "项目管理办公室"]

    # The team: an overall lead and a liaison.
    click_tab(win, "2 团队")
    team = win.tab("team").team  # type: ignore[attr-defined]
    QTest.mouseClick(team.view.viewport(), LEFT, NO_MOD, team.view.viewport().rect().center())
    add_member(qtbot, win, "王建国", "项目管理办公室", "总负责人")
    add_member(qtbot, win, "陈静", "市场部", "接口人")
    assert [(m["name"], m["role"]) for m in rows(win, "team")] == [
        ("王建国", "lead"), ("陈静", "liaison")]
    # (Sales' sheet imported here, with its foreign headers and bad rows.)

    # The plan: one task, its finish typed without a year.
    click_tab(win, "4 计划跟踪")
    tasks = win.tab("tracking").tasks  # type: ignore[attr-defined]
    QTest.mouseClick(tasks.view.viewport(), LEFT, NO_MOD, tasks.view.viewport().rect().center())
    press(Qt.Key.Key_N, CTRL)
    wait_editor(qtbot, QLineEdit, look=200)
    type_text("样机第一批交付")
    press(Qt.Key.Key_Return)
    click(tasks.view, tasks.proxy.index(0, tasks.model.column_of("planned_start")))
    type_text("2027-03-01")
    press(Qt.Key.Key_Tab)
    wait_editor(qtbot, QLineEdit)
    type_text("3/12")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(win, "tracking")[0]["planned_finish"] == D(2027, 3, 12),
                    timeout=2000)
    task_id = editing.rows(win.ws, "tracking", win.initiative_id)[0].id  # type: ignore[arg-type]

    # The RACI grid: nobody is accountable yet; the coordinator clicks an R and an A.
    click_tab(win, "RACI 矩阵")
    raci = win.tab("raci")
    qtbot.waitUntil(lambda: raci.model.columnCount() == 2, timeout=3000)  # type: ignore[attr-defined]
    view = raci.view  # type: ignore[attr-defined]

    def click_cell(column: int) -> None:
        index = raci.model.index(0, column)  # type: ignore[attr-defined]
        QTest.mouseClick(view.viewport(), LEFT, NO_MOD, view.visualRect(index).center())

    lead = next(c for c in range(2) if "王建国" in raci.model.grid.columns[c].label)  # type: ignore[attr-defined]
    click_cell(1 - lead)  # R
    click_cell(lead)
    click_cell(lead)  # R → A
    qtbot.waitUntil(lambda: not [f for f in win.findings if f.form == "raci"], timeout=5000)

    # The weekly meeting: the task moves a week later on the Gantt chart.
    click_tab(win, "甘特图")
    gantt = win.tab("gantt")
    qtbot.waitUntil(lambda: task_id in gantt.chart.layout_.row_of, timeout=3000)  # type: ignore[attr-defined]
    chart = gantt.chart  # type: ignore[attr-defined]
    task_list = gantt.task_list  # type: ignore[attr-defined]
    QTest.mouseDClick(task_list.viewport(), LEFT, NO_MOD,
                      task_list.cell_point(task_list.row_of_task(task_id)))  # shows its bar
    grab = chart.bar_point(task_id)
    day = int(chart.zoom().value)
    drag(chart.viewport(), grab, grab + QPoint(7 * day, 0))
    qtbot.waitUntil(lambda: rows(win, "tracking")[0]["planned_start"] == D(2027, 3, 8),
                    timeout=3000)
    assert abs(chart.bar_point(task_id).x() - (grab.x() + 7 * day)) <= day

    # The review: Form 5, one KPI before, target and after; the change is computed.
    click_tab(win, "5 效果评估")
    kpis = win.tab("evaluation").kpis  # type: ignore[attr-defined]
    QTest.mouseClick(kpis.view.viewport(), LEFT, NO_MOD, kpis.view.viewport().rect().center())
    press(Qt.Key.Key_N, CTRL)
    wait_editor(qtbot, QLineEdit, look=200)
    for text in ("上市审批周期", "天", "7", "2", "3"):
        type_text(text)
        press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox), timeout=2000)
    press(Qt.Key.Key_Escape)  # lower is better: left as it is
    kpi = rows(win, "evaluation")[0]
    assert (kpi["name"], kpi["unit"], kpi["before"], kpi["target"], kpi["after"]) == (
        "上市审批周期", "天", 7, 2, 3)
    assert kpi["change"] is not None
