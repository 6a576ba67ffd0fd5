"""The register's sheets in the workbook: exported one per kind, imported back by number
with the forms' preview and all-or-nothing rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from app.errors import UserError
from app.excel.apply import apply_plan, undo_import
from app.excel.export import export_workbook
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.register import fields as fl
from app.register import read
from app.register.read import find_item
from app.store.workspace import Workspace
from tests.conftest import DEMO_TODAY

NOW = dt.datetime.combine(DEMO_TODAY, dt.time(14))


def _records(ws: Workspace) -> dict[str, tuple[object, ...]]:
    out = {}
    for row in read.register_rows(ws, 1, NOW):
        rec = read.item_record(ws, row.id, NOW)
        out[row.number] = (rec.values, [t for t, _ in rec.tasks], rec.attendees, rec.agenda,
                           rec.outcomes, rec.asks)
    return out


def _export(ws: Workspace, path: Path, lang: str = "zh_CN") -> Path:
    export_workbook(ws, 1, path, lang, today=DEMO_TODAY)
    return path


def _set(path: Path, sheet: str, number: str, header: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    headers = [c.value for c in ws[2]]
    col = headers.index(header) + 1
    for row in ws.iter_rows(min_row=3):
        if row[0].value == number:
            row[col - 1].value = value
            break
    else:
        ws.append([number] + [None] * (len(headers) - 1))
        ws.cell(ws.max_row, col).value = value
    wb.save(path)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_round_trip_keeps_every_field(demo_ws: Workspace, tmp_path: Path, lang: str) -> None:
    before = _records(demo_ws)
    path = _export(demo_ws, tmp_path / "book.xlsx", lang)
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    assert [n for n in names if n.startswith(("登记", "Register"))] == (
        ["登记-会议", "登记-问题", "登记-风险预警", "登记-资源申请", "登记-协作申请", "登记-需求变更",
         "登记-参会人", "登记-议题", "登记-会议结论", "登记-协作部门"]
        if lang == "zh_CN" else
        ["Register - meetings", "Register - problems", "Register - risk notices",
         "Register - resources", "Register - collaboration", "Register - changes",
         "Register - attendees", "Register - agenda", "Register - outcomes", "Register - asks"])
    plan = build_plan(demo_ws, path, 1)
    rows = [r for r in plan.rows if r.form == "register"]
    children = sum(len(r[2]) + len(r[3]) + len(r[4]) + len(r[5]) for r in before.values())
    assert len(rows) == len(before) + children
    assert {r.status for r in rows} == {Status.UNCHANGED}
    apply_plan(demo_ws, plan)
    assert _records(demo_ws) == before
    # Every field of every kind is a column of its sheet.
    wb = openpyxl.load_workbook(path, read_only=True)
    problem_sheet = "登记-问题" if lang == "zh_CN" else "Register - problems"
    headers = [c.value for c in next(wb[problem_sheet].iter_rows(min_row=2, max_row=2))]
    assert len(headers) == len(fl.fields_of("problem")) + 2


def test_edited_cells_update_by_number_and_a_new_number_adds(demo_ws: Workspace,
                                                             tmp_path: Path) -> None:
    path = _export(demo_ws, tmp_path / "book.xlsx")
    _set(path, "登记-问题", "WT-003", "紧急程度", "重要")
    _set(path, "登记-问题", "WT-003", "涉及部门", "销售部、研发部")
    _set(path, "登记-资源申请", "ZY-002", "答复", "拒绝")
    _set(path, "登记-资源申请", "ZY-002", "替代方案", "改用线上发布")
    _set(path, "登记-风险预警", "FX-002", "紧急协调会", "HY-003")
    _set(path, "登记-会议", "HY-009", "标题", "临时协调会")
    _set(path, "登记-会议", "HY-009", "开始时间", "2026-11-23 10:00")
    plan = build_plan(demo_ws, path, 1)
    changed = {r.label.split()[0]: r for r in plan.rows
               if r.form == "register" and r.status is not Status.UNCHANGED}
    assert set(changed) == {"WT-003", "ZY-002", "FX-002", "HY-009"}
    assert sorted(changed["WT-003"].changes) == ["involved", "urgency"]
    assert changed["HY-009"].status is Status.NEW
    before = _records(demo_ws)
    result = apply_plan(demo_ws, plan)
    after = _records(demo_ws)
    assert after["WT-003"][0]["urgency"] == "important"
    assert after["ZY-002"][0]["answer"] == "refused"
    assert after["FX-002"][0]["meeting"] == find_item(demo_ws, "HY-003")
    assert after["HY-009"][0]["title"] == "临时协调会"
    assert after["HY-009"][0]["opened_at"] == dt.datetime(2026, 11, 23, 10, 0)
    undo_import(demo_ws, result.undo)
    assert _records(demo_ws) == before


def test_a_bad_row_is_refused_with_sheet_row_column_and_reason(demo_ws: Workspace,
                                                               tmp_path: Path) -> None:
    path = _export(demo_ws, tmp_path / "book.xlsx")
    _set(path, "登记-问题", "WT-003", "紧急程度", "很急")
    _set(path, "登记-会议", "HY-002", "结束时间", "2026-11-01 09:00")  # before it starts
    _set(path, "登记-资源申请", "ZY-002", "标题", "预算 ZY")
    _set(path, "登记-需求变更", "BG-002", "第二审批人", "查无此人")
    before = _records(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    errors = {(r.sheet, r.row): r.errors for r in plan.error_rows}
    urgency = errors[("登记-问题", 5)][0]
    assert (urgency.header, urgency.column) == ("紧急程度", urgency.column)
    assert urgency.column and "很急" in urgency.reason
    ends = errors[("登记-会议", 4)][0]
    assert "结束" in ends.reason or "ends" in ends.reason
    approver = errors[("登记-需求变更", 4)][0]
    assert approver.header == "第二审批人" and "查无此人" in approver.reason
    assert len(errors) == 3  # the new title is a fine value
    with pytest.raises(UserError):
        apply_plan(demo_ws, plan)
    assert _records(demo_ws) == before


def test_a_number_of_another_kind_or_twice_is_refused(demo_ws: Workspace,
                                                      tmp_path: Path) -> None:
    path = _export(demo_ws, tmp_path / "book.xlsx", "en")
    wb = openpyxl.load_workbook(path)
    sheet = wb["Register - problems"]
    sheet.append(["HY-001", "wrong sheet"])
    sheet.append(["WT-001", "twice"])
    wb.save(path)
    plan = build_plan(demo_ws, path, 1)
    reasons = [(r.row, r.errors[0].column, r.errors[0].reason) for r in plan.error_rows]
    assert [(row, col) for row, col, _ in reasons] == [(6, "A"), (7, "A")]
    assert "WT-" in reasons[0][2] and "twice" in reasons[1][2]


def _rows_sheet(path: Path, sheet: str) -> tuple[openpyxl.Workbook, object]:
    wb = openpyxl.load_workbook(path)
    return wb, wb[sheet]


def test_a_meetings_rows_are_replaced_by_what_the_sheet_gives(demo_ws: Workspace,
                                                              tmp_path: Path) -> None:
    path = _export(demo_ws, tmp_path / "book.xlsx")
    wb, agenda = _rows_sheet(path, "登记-议题")
    for row in agenda.iter_rows(min_row=3):
        if row[0].value == "HY-002" and row[1].value == "宣传物料定稿":
            row[1].value = "宣传物料定稿（第 7 版）"
    attendees = wb["登记-参会人"]
    attendees.append(["HY-004", "孙丽", "是", "否", None])
    wb["登记-协作部门"].append(["XZ-002", "研发部", "派讲师", None, "李娜"])
    wb["登记-协作申请"].append(["XZ-002", "新协作申请"])
    wb.save(path)
    before = _records(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    changed = sorted((r.sheet, r.status.value) for r in plan.rows
                     if r.form == "register" and r.status is not Status.UNCHANGED)
    assert ("登记-议题", "update") in changed and ("登记-参会人", "update") in changed
    assert ("登记-协作部门", "new") in changed and ("登记-协作申请", "new") in changed
    result = apply_plan(demo_ws, plan)
    after = _records(demo_ws)
    assert [a["title"] for a in after["HY-002"][3]] == ["电子审批系统配置延误", "宣传物料定稿（第 7 版）"]
    # The outcomes still point at their agenda points.
    assert [o["agenda_id"] is not None for o in after["HY-002"][4]] == [True, True, True]
    assert len(after["HY-004"][2]) == len(before["HY-004"][2]) + 1
    assert [a["need"] for a in after["XZ-002"][5]] == ["派讲师"]
    undo_import(demo_ws, result.undo)
    assert _records(demo_ws) == before


def test_a_bad_row_of_a_rows_sheet_is_refused(demo_ws: Workspace, tmp_path: Path) -> None:
    path = _export(demo_ws, tmp_path / "book.xlsx", "en")
    wb, attendees = _rows_sheet(path, "Register - attendees")
    attendees.append(["HY-001", "Nobody Here", "yes"])
    attendees.append(["HY-077", "李娜", "yes"])
    wb.save(path)
    plan = build_plan(demo_ws, path, 1)
    errors = [(r.sheet, r.errors[0].column, r.errors[0].header, r.errors[0].reason)
              for r in plan.error_rows]
    assert errors[0][:3] == ("Register - attendees", "B", "Attendee")
    assert "Nobody Here" in errors[0][3]
    assert errors[1][:3] == ("Register - attendees", "A", "Meeting") and "HY-077" in errors[1][3]


def _task_names(ws: Workspace, rows: list[read.RegisterRow]) -> dict[str, list[str]]:
    from app.store.models import Task

    with ws.read() as s:
        return {r.number: [s.get(Task, t).name for t in r.tasks] for r in rows}


def test_the_register_comes_into_a_new_initiative_linked_to_its_new_tasks(
        demo_ws: Workspace, tmp_path: Path) -> None:
    path = _export(demo_ws, tmp_path / "book.xlsx")
    plan = build_plan(demo_ws, path, None, new_initiative="第二轮")
    assert not plan.has_errors
    result = apply_plan(demo_ws, plan)
    copied = read.register_rows(demo_ws, result.initiative_id, NOW)
    original = read.register_rows(demo_ws, 1, NOW)
    assert [(r.number, r.title, r.status) for r in copied] == [
        (r.number, r.title, r.status) for r in original]
    # The links go to the new initiative's own tasks of the same names.
    assert _task_names(demo_ws, copied) == _task_names(demo_ws, original)
    assert not set().union(*(r.tasks for r in copied)) & set().union(*(r.tasks for r in original))
    fx2 = read.item_record(demo_ws, next(r.id for r in copied if r.number == "FX-002"), NOW)
    assert fx2.values["task"] in fx2.row.tasks
    # The risk notice still calls its emergency meeting, the new initiative's HY-003.
    fx1 = next(r for r in copied if r.number == "FX-001")
    meeting = read.item_record(demo_ws, fx1.id, NOW).values["meeting"]
    assert read.item_record(demo_ws, meeting, NOW).row.initiative_id == result.initiative_id


def test_without_a_form_4_sheet_a_new_initiative_gets_no_task_links(demo_ws: Workspace,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    export_workbook(demo_ws, 1, path, "zh_CN", forms=["register"], today=DEMO_TODAY)
    plan = build_plan(demo_ws, path, None, new_initiative="第三轮")
    assert not plan.has_errors
    assert any("没有表 4" in n.text("zh_CN") for n in plan.notes)
    result = apply_plan(demo_ws, plan)
    copied = read.register_rows(demo_ws, result.initiative_id, NOW)
    assert len(copied) == len(read.register_rows(demo_ws, 1, NOW))
    assert all(r.tasks == () for r in copied)
