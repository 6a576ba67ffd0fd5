"""The coordinator's day from the product brief, in one workspace, in Chinese, through the
mouse and keyboard only: each step checks the database, or the printed text, before the next
one starts. File dialogs are answered at their one seam (the ``file_dialog`` fixture)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.forms import editing
from app.org import organisation as org
from tests.app.printing.conftest import pdftotext, squash
from tests.file_dialog_seam import ScriptedFileDialogs
from tests.ui.excel.import_helpers import import_with_preview
from ui.excel.columns_model import ForeignColumnsModel
from ui.excel.preview_dialog import ImportPreviewDialog
from ui.excel.preview_model import PlanModel
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
    drag,
    focus,
    press,
    type_text,
    when_dialog,
)
from .sales_sheet import PEOPLE_SHEET, TASKS_SHEET, sales_workbook
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


def row_named(table: FormTable, name: str) -> int:
    """The row of ``table`` (as shown) whose first column reads ``name``."""
    shown = [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]
    assert name in shown, shown
    return shown.index(name)


def by_name(win: MainWindow, form: str, name: str) -> dict:
    found = [r for r in rows(win, form) if r["name"] == name]
    assert len(found) == 1, (name, [r["name"] for r in rows(win, form)])
    return found[0]


def save_pdf(qtbot, win: MainWindow, file_dialog: ScriptedFileDialogs, item: str,
             path: Path) -> str:
    """File ▸ ``item``, the save dialog answered with ``path``; the notice that says where
    it went is read and closed as a person closes it; returns the PDF's text."""
    file_dialog.answer(path)
    notices = len(file_dialog.notices)
    choose(win, "文件", item)
    assert file_dialog.asked[-1].save and file_dialog.asked[-1].title == "另存为 PDF"
    assert path.read_bytes().startswith(b"%PDF")
    assert len(file_dialog.notices) == notices + 1
    notice = file_dialog.notices[-1]
    qtbot.waitUntil(notice.isVisible, timeout=2000)
    assert path.name in notice.text() and str(path.parent) in notice.text()
    click_button(notice, "确定", "OK")
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=2000)
    back_to(qtbot, win)
    return pdftotext(path)


def test_the_coordinators_day(qtbot, new_window: MainWindow, file_dialog: ScriptedFileDialogs,
                              tmp_path: Path) -> None:
    win = new_window

    # The kick-off meeting: the initiative and its goals, typed with the room watching.
    create_initiative(qtbot, win, "新品X1上市")
    table = goals_table(win)
    QTest.mouseClick(table.view.viewport(), LEFT, NO_MOD, table.view.viewport().rect().center())
    type_goal(qtbot, "新品X1按期上市", "3月底前全国首批铺货", "上市日期偏差不超过3天", "2027-03-31")
    type_goal(qtbot, "缩短审批周期", "审批由5个签字减到3个", "审批平均不超过2天", "2027/6/30")
    type_goal(qtbot, "售后准备就绪", "完成维修手册与培训", "培训覆盖率100%", "2027年9月30日")
    assert [g["due_date"] for g in goals(win)] == [D(2027, 3, 31), D(2027, 6, 30), D(2027, 9, 30)]

    # Form 1 printed to PDF, to be passed round the table for signatures.
    text = squash(save_pdf(qtbot, win, file_dialog, "将本表单存为 PDF(&D)…", tmp_path / "表一.pdf"))
    for expected in ("跨部门协作目标确认表", "新品X1按期上市", "缩短审批周期", "售后准备就绪",
                     "2027-03-31", "确认签字"):
        assert expected in text, expected
    assert "协作小组成员及职责表" not in text  # this form only

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

    # A week later sales sends its people and its tasks, in its own sheet: foreign headers,
    # a column the import does not know, a department misspelt, a role that is not one,
    # a date that cannot be read. The coordinator sees each, corrects the file in Excel
    # (the test rewrites it), reads it again, leaves the unknown column out on purpose.
    sheet = sales_workbook(tmp_path / "销售部.xlsx", corrected=False)
    seen: dict[str, object] = {}

    def preview(dialog: ImportPreviewDialog) -> None:
        seen["title"] = dialog.windowTitle()
        shown = dialog.model  # the rows as the table shows them: errors only, at first
        seen["errors"] = [[shown.index(r, c).data() for c in (PlanModel.SHEET, PlanModel.ROW,
                                                              PlanModel.COLUMN, PlanModel.DETAIL)]
                          for r in range(shown.rowCount())]
        seen["summary"] = dialog.summary.text()
        columns = dialog.columns_model
        seen["columns"] = [[columns.index(r, c).data() for c in range(3)]
                           for r in range(columns.rowCount())]
        seen["blocked"] = not dialog.apply_button.isEnabled()
        press(Qt.Key.Key_Return)  # Enter does not import a file with errors
        assert dialog.isVisible()
        sales_workbook(sheet, corrected=True)  # corrected in Excel, saved under its name
        press(Qt.Key.Key_R, ALT)  # 重新读取(&R)
        qtbot.waitUntil(lambda: not dialog.plan.has_errors, timeout=3000)
        seen["summary_after"] = dialog.summary.text()
        # 备注2 holds the sales region, which no field takes: left out on purpose.
        press(Qt.Key.Key_C, ALT)  # to the list of unknown columns
        assert focus() is dialog.columns_view
        assert dialog.selected_column() is not None
        assert dialog.selected_column().header == "备注2"
        press(Qt.Key.Key_A, ALT)  # to "import the selected column as"
        assert focus() is dialog.use_combo
        press(Qt.Key.Key_Down)  # below "decide later": leave out on purpose
        qtbot.waitUntil(lambda: not dialog.choice_timer.isActive(), timeout=3000)
        qtbot.waitUntil(lambda: not dialog.plan.undecided, timeout=3000)
        seen["use"] = columns.index(0, ForeignColumnsModel.USE).data()
        assert dialog.apply_button.isEnabled()
        press(Qt.Key.Key_I, ALT)  # 导入(&I)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)  # a mnemonic clicks late

    import_with_preview(win, sheet, file_dialog, preview)
    back_to(qtbot, win)
    assert "销售部.xlsx" in str(seen["title"])
    assert seen["blocked"]
    [role, date] = seen["errors"]  # type: ignore[misc]
    assert role[:3] == [PEOPLE_SHEET, 3, "C · 角色"] and "组员" in role[3], role
    assert "总负责人、接口人、执行人" in role[3]  # the choices it could have been
    assert date[:3] == [TASKS_SHEET, 2, "E · 截止日期"] and "3月32日" in date[3], date
    assert "2027-03-31" in date[3]  # how a date is written
    assert "新部门：销售二部" in str(seen["summary"])  # the misspelt department, before
    assert "新部门" not in str(seen["summary_after"])
    assert seen["columns"] == [[PEOPLE_SHEET, "G", "备注2"]]
    assert seen["use"] == "有意不导入"
    assert org.department_names(win.ws) == ["市场部", "销售部", "研发部", "项目管理办公室"]
    sun, qian = by_name(win, "team", "孙小美"), by_name(win, "team", "钱多多")
    assert (sun["department"], sun["role"], sun["phone"], sun["email"], sun["duties"]) == (
        "销售部", "liaison", "139 1234 5678", "sunxm@example.com", "渠道铺货排期")
    assert (qian["department"], qian["role"], qian["phone"], qian["chat"], qian["duties"]) == (
        "销售部", "executor", "13900002222", "qdd_wx", "经销商培训")
    task = by_name(win, "tracking", "华东渠道铺货")
    assert (task["planned_start"], task["planned_finish"]) == (D(2027, 3, 15), D(2027, 3, 20))

    # The next sheet from sales has the same headers: 备注2 is left out by itself.
    later = sales_workbook(tmp_path / "销售部二月.xlsx", corrected=True, people_only=True,
                           people=[["周八", "销售部", "执行人", "13700003333", "大客户报价",
                                    "zhouba@example.com", "华北"]])

    def second(dialog: ImportPreviewDialog) -> None:
        seen["undecided"] = list(dialog.plan.undecided)
        seen["use_later"] = dialog.columns_model.index(0, ForeignColumnsModel.USE).data()
        assert focus() is dialog.table  # nothing to decide: the rows are in front
        press(Qt.Key.Key_I, ALT)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    import_with_preview(win, later, file_dialog, second)
    back_to(qtbot, win)
    assert seen["undecided"] == [] and seen["use_later"] == "有意不导入"
    assert by_name(win, "team", "周八")["email"] == "zhouba@example.com"

    # The plan: one task, its finish typed without a year.
    click_tab(win, "4 计划跟踪")
    tasks = win.tab("tracking").tasks  # type: ignore[attr-defined]
    QTest.mouseClick(tasks.view.viewport(), LEFT, NO_MOD, tasks.view.viewport().rect().center())
    press(Qt.Key.Key_N, CTRL)
    wait_editor(qtbot, QLineEdit, look=200)
    type_text("样机第一批交付")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "样机第一批交付" in [r["name"] for r in rows(win, "tracking")],
                    timeout=2000)
    typed = row_named(tasks, "样机第一批交付")
    click(tasks.view, tasks.proxy.index(typed, tasks.model.column_of("planned_start")))
    type_text("2027-03-01")
    press(Qt.Key.Key_Tab)
    wait_editor(qtbot, QLineEdit)
    type_text("3/12")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: by_name(win, "tracking", "样机第一批交付")["planned_finish"]
                    == D(2027, 3, 12), timeout=2000)
    task_id = next(r.id for r in editing.rows(win.ws, "tracking", win.initiative_id)  # type: ignore[arg-type]
                   if r.values["name"] == "样机第一批交付")

    # The RACI grid: nobody is accountable yet; for each task the coordinator clicks the one
    # who does it (R) and the overall lead twice (R → A).
    click_tab(win, "RACI 矩阵")
    raci = win.tab("raci")
    model = raci.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.columnCount() == 5 and model.rowCount() == 2, timeout=3000)
    view = raci.view  # type: ignore[attr-defined]

    def column(person: str) -> int:
        return next(c for c in range(model.columnCount()) if person in model.grid.columns[c].label)

    def click_cell(task: str, person: str) -> None:
        row = next(r for r in range(model.rowCount())
                   if model.grid.rows[r].task_id == by_task_id[task])
        click(view, model.index(row, column(person)))

    by_task_id = {r.values["name"]: r.id for r in editing.rows(win.ws, "tracking", win.initiative_id)}  # type: ignore[arg-type]
    for task, doer in (("样机第一批交付", "陈静"), ("华东渠道铺货", "孙小美")):
        click_cell(task, doer)  # R
        click_cell(task, "王建国")
        click_cell(task, "王建国")  # R → A
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
    qtbot.waitUntil(lambda: by_name(win, "tracking", "样机第一批交付")["planned_start"]
                    == D(2027, 3, 8), timeout=3000)
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

    # The printed report for management: every form in one PDF.
    text = squash(save_pdf(qtbot, win, file_dialog, "将全部表单存为 PDF…", tmp_path / "全部.pdf"))
    for expected in ("跨部门协作目标确认表", "协作小组成员及职责表", "现有流程痛点分析表",
                     "优化方案执行跟踪表", "效果评估反馈表",
                     "新品X1按期上市", "王建国", "孙小美", "周八", "sunxm@example.com",
                     "样机第一批交付", "华东渠道铺货", "2027-03-08", "上市审批周期"):
        assert expected in text, expected
