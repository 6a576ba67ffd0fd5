"""The workbook the sales department sends: its people and its tasks, under its own headers
(none of them the form's own wording), with a column the import does not know (备注2, the
sales region). Before the coordinator corrects it, it holds the mistakes people make: a
misspelt department, a role that is not one of the choices and a date that cannot be read."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

PEOPLE_SHEET, TASKS_SHEET = "销售部人员", "销售部任务"
PEOPLE_HEAD = ["姓名", "部门", "角色", "手机号", "工作职责", "联系方式", "备注2"]
TASKS_HEAD = ["任务", "责任部门", "负责人", "开始日期", "截止日期"]

PEOPLE = [
    ["孙小美", "销售部", "接口人", "139 1234 5678", "渠道铺货排期", "sunxm@example.com", "华东"],
    ["钱多多", "销售部", "执行人", "13900002222", "经销商培训", "qdd_wx", "华南"],
]
TASKS = [["华东渠道铺货", "销售部", "孙小美", "2027-03-15", "3月20日"]]
# (sheet, row, column) → what sales typed before the file was corrected
MISTAKES = {
    (PEOPLE_SHEET, 1, 1): "销售二部",  # column B: a department nobody has
    (PEOPLE_SHEET, 1, 2): "组员",  # column C: not a role
    (TASKS_SHEET, 0, 4): "3月32日",  # column E: no such day
}


def sales_workbook(path: Path, corrected: bool, people_only: bool = False,
                   people: list[list[str]] | None = None) -> Path:
    """Write (or write again, as Excel saves it) the sales workbook at ``path``."""
    sheets = {PEOPLE_SHEET: (PEOPLE_HEAD, people or PEOPLE)}
    if not people_only:
        sheets[TASKS_SHEET] = (TASKS_HEAD, TASKS)
    book = Workbook()
    book.remove(book.active)
    for title, (head, data) in sheets.items():
        sheet = book.create_sheet(title)
        sheet.append(head)
        for r, row in enumerate(data):
            row = list(row)
            for (where, rr, c), wrong in MISTAKES.items():
                if not corrected and where == title and rr == r and people is None:
                    row[c] = wrong
            sheet.append(row)
    book.save(path)
    return path
