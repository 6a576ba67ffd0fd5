"""Columns as departments name them: the usual variants are recognised, a single contact
column is split by content, and every column the import does not use is listed, by sheet
and header, can be mapped or left out on purpose, and is remembered for the next file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli.main import main as cli_main
from app.excel.apply import apply_plan
from app.excel.column_choices import LEAVE_OUT, choices, remember_column
from app.excel.plan import build_plan
from app.excel.preview import describe
from app.forms import editing
from app.store.changes import Change, ChangeArea
from app.store.workspace import Workspace

SALES_HEADERS = ["姓名", "部门", "角色", "手机号", "工作职责"]
SALES_ROWS = [
    ["孙小美", "销售部", "执行人", "139 1234 5678", "华东区大客户跟进"],
    ["钱多多", "销售部", "接口人", 13900002222, "渠道政策与订单"],
    ["周一鸣", "销售部", "执行人", "(021) 6212-3456 转 801", "样机试用反馈收集"],
]


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _member(ws: Workspace, name: str) -> dict[str, object]:
    return next(r.values for r in editing.rows(ws, "team", 1) if r.values["name"] == name)


def test_sales_sheet_keeps_every_phone_number_and_duty(demo_ws, tmp_path):
    path = _book(tmp_path / "销售部.xlsx", {"销售部": [SALES_HEADERS, *SALES_ROWS]})
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, [(r.row, r.errors) for r in plan.error_rows]
    assert plan.unused == []
    apply_plan(demo_ws, plan)
    got = {n: (_member(demo_ws, n)["phone"], _member(demo_ws, n)["duties"])
           for n in ("孙小美", "钱多多", "周一鸣")}
    assert got == {
        "孙小美": ("139 1234 5678", "华东区大客户跟进"),
        "钱多多": ("13900002222", "渠道政策与订单"),
        "周一鸣": ("(021) 6212-3456 转 801", "样机试用反馈收集"),
    }


TEAM_VARIANTS = [
    *[(h, "phone", "138 0000 1234") for h in
      ("手机", "手机号", "电话", "联系电话", "办公电话", "Phone", "Mobile", "Tel",
       "Telephone", "Phone number", "Office phone")],
    *[(h, "email", "a.b@example.com") for h in
      ("邮箱", "电子邮件", "电子邮箱", "E-mail", "Email", "Mail", "Email address")],
    *[(h, "chat", "sun_wx") for h in
      ("微信", "企业微信", "钉钉", "OA账号", "OA 账号", "WeChat", "DingTalk", "Chat",
       "OA account")],
    *[(h, "duties", "渠道政策") for h in
      ("职责", "工作职责", "岗位职责", "主要职责", "Duties", "Responsibilities",
       "Job duties")],
]


@pytest.mark.parametrize(("header", "key", "value"), TEAM_VARIANTS)
def test_team_header_variants(demo_ws, tmp_path, header, key, value):
    path = _book(tmp_path / "t.xlsx",
                 {"人员": [["姓名", "部门", "角色", header], ["新同事", "销售部", "执行人", value]]})
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors and plan.unused == []
    (row,) = plan.rows
    assert row.form == "team" and row.values[key] == value


TASK_VARIANTS = [
    *[(h, "owner") for h in ("负责人", "责任人", "Owner", "Responsible", "Person in charge")],
    *[(h, "planned_start") for h in ("开始日期", "开始时间", "Start date", "Start")],
    *[(h, "planned_finish") for h in
      ("截止日期", "完成日期", "到期日", "Due date", "Deadline", "End date", "Finish date")],
]


@pytest.mark.parametrize(("header", "key"), TASK_VARIANTS)
def test_task_header_variants(demo_ws, tmp_path, header, key):
    value = "赵磊" if key == "owner" else dt.date(2027, 3, 1)
    path = _book(tmp_path / "t.xlsx",
                 {"进度": [["任务名称", "状态", header], ["签约渠道", "未开始", value]]})
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors and plan.unused == []
    (row,) = plan.rows
    assert row.form == "tracking" and key in row.values


@pytest.mark.parametrize("header", ["截止日期", "完成日期", "到期日", "Due date", "Deadline"])
def test_goal_due_date_variants(demo_ws, tmp_path, header):
    path = _book(tmp_path / "g.xlsx", {"目标": [["目标名称", "目标描述", header],
                                               ["渠道覆盖", "30 个城市", "2027-03-31"]]})
    plan = build_plan(demo_ws, path, 1)
    (row,) = plan.rows
    assert row.form == "goals" and row.values["due_date"] == dt.date(2027, 3, 31)


@pytest.mark.parametrize("header", ["联系方式", "联系人方式", "Contact", "联系方式（电话/邮箱/微信）"])
def test_one_contact_column_is_split_by_content(demo_ws, tmp_path, header):
    rows = [
        ["姓名", "部门", "角色", header],
        ["甲", "销售部", "执行人", "jia@example.com"],
        ["乙", "销售部", "执行人", "139 1234 5678"],
        ["丙", "销售部", "执行人", "bing_wx"],
        ["丁", "销售部", "执行人", "13912345678 / ding@example.cn\n微信：ding2027"],
        ["戊", "销售部", "执行人", "电话：010-6212 3456 转 801；邮箱：wu@example.com"],
    ]
    path = _book(tmp_path / "c.xlsx", {"销售部": rows})
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, [(r.row, r.errors) for r in plan.error_rows]
    assert plan.unused == []
    apply_plan(demo_ws, plan)
    contact = {n: tuple(_member(demo_ws, n)[k] for k in ("phone", "email", "chat"))
               for n in "甲乙丙丁戊"}
    assert contact == {
        "甲": ("", "jia@example.com", ""),
        "乙": ("139 1234 5678", "", ""),
        "丙": ("", "", "bing_wx"),
        "丁": ("13912345678", "ding@example.cn", "ding2027"),
        "戊": ("010-6212 3456 转 801", "wu@example.com", ""),
    }


def test_contact_column_on_the_people_sheet(demo_ws, tmp_path):
    path = _book(tmp_path / "o.xlsx", {"部门与人员": [
        ["部门", "姓名", "职务", "联系方式"],
        ["销售部", "新人甲", "销售代表", "jia@example.com"],
        ["销售部", "新人乙", "销售代表", "+86 139 1234 5678"],
    ]})
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, [(r.row, r.errors) for r in plan.error_rows]
    apply_plan(demo_ws, plan)
    from app.org import organisation
    people = {p.name: p for p in organisation.people(demo_ws)}
    assert people["新人甲"].email == "jia@example.com"
    assert people["新人乙"].phone == "+86 139 1234 5678"


def test_a_contact_column_never_blanks_what_it_does_not_give(demo_ws, tmp_path):
    """赵磊's sheet gives only a new chat handle: his phone and e-mail stay as they were."""
    before = _member(demo_ws, "赵磊")
    path = _book(tmp_path / "c.xlsx", {"销售部": [["姓名", "部门", "联系方式"],
                                                 ["赵磊", "销售部", "zhaolei_new"]]})
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors
    apply_plan(demo_ws, plan)
    after = _member(demo_ws, "赵磊")
    assert (after["phone"], after["email"], after["chat"]) == (
        before["phone"], before["email"], "zhaolei_new")


def _sheet_with_unused(path: Path) -> Path:
    return _book(path, {"销售部": [
        ["姓名", "部门", "角色", "手机号", "工位", "备注", None],
        ["孙小美", "销售部", "执行人", "139 1234 5678", "A-301", "新入职", "x"],
        ["钱多多", "销售部", "接口人", "13900002222", "A-302", None, None],
    ]})


def test_unused_columns_are_listed_by_sheet_and_header(demo_ws, tmp_path):
    path = _sheet_with_unused(tmp_path / "u.xlsx")
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors
    assert [(u.sheet, u.letter, u.header, u.filled) for u in plan.unused] == [
        ("销售部", "E", "工位", 2),
        ("销售部", "F", "备注", 1),
    ]
    assert plan.unused[0].samples == ["A-301", "A-302"]
    assert plan.unused[0].taken == ["name", "department", "role", "phone"]  # not offered
    assert plan.unlabelled == {"销售部": 1}  # one cell under no header at all
    text = "\n".join(describe(plan, "zh_CN"))
    assert "工位" in text and "备注" in text and "销售部" in text
    text_en = "\n".join(describe(plan, "en"))
    assert "not imported" in text_en and "column E" in text_en


def test_a_mapped_column_is_remembered_for_the_next_file(demo_ws, tmp_path):
    path = _sheet_with_unused(tmp_path / "u.xlsx")
    plan = build_plan(demo_ws, path, 1)
    station, remark = plan.unused
    assert ("chat", "即时通讯") in [(k, label) for k, label in choices(station.form, "zh_CN")]
    remember_column(demo_ws, station.form, station.header, "chat")
    remember_column(demo_ws, remark.form, remark.header, LEAVE_OUT)
    # Next month's file from the same department, with the header typed slightly differently.
    path2 = _book(tmp_path / "u2.xlsx", {"销售二部": [
        ["姓名", "部门", "角色", "工位 ", "备注"],
        ["孙小美", "销售部", "执行人", "B-101", "调岗"],
    ]})
    plan2 = build_plan(demo_ws, path2, 1)
    assert not plan2.has_errors
    assert plan2.rows[0].values["chat"] == "B-101"
    (left,) = plan2.unused
    assert (left.header, left.left_out) == ("备注", True)
    apply_plan(demo_ws, plan2)
    assert _member(demo_ws, "孙小美")["chat"] == "B-101"
    # Forgetting the choice lists the column as unused again.
    remember_column(demo_ws, "team", "工位", None)
    assert [u.header for u in build_plan(demo_ws, path2, 1).unused] == ["工位", "备注"]


def test_remembering_is_one_transaction_in_the_workspace(demo_path, tmp_path):
    with Workspace.open(demo_path) as ws:
        seen: list[Change] = []
        ws.subscribe(seen.append)
        remember_column(ws, "team", "工位", "chat")
        assert [c.areas for c in seen] == [ChangeArea.SETTINGS]
    with Workspace.open(demo_path) as ws:
        path = _sheet_with_unused(tmp_path / "u.xlsx")
        assert [u.header for u in build_plan(ws, path, 1).unused] == ["备注"]


def test_a_column_cannot_be_mapped_to_a_field_the_sheet_already_has(demo_ws, tmp_path):
    path = _sheet_with_unused(tmp_path / "u.xlsx")
    remember_column(demo_ws, "team", "工位", "phone")  # 手机号 already fills the phone
    plan = build_plan(demo_ws, path, 1)
    station = plan.unused[0]
    assert station.header == "工位" and station.conflict == "phone"
    assert plan.rows[0].values["phone"] == "139 1234 5678"


def _cli(capsys, *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli_main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_imports_with_unused_columns_and_prints_them(demo_path, tmp_path, capsys):
    path = _sheet_with_unused(tmp_path / "u.xlsx")
    code, out, err = _cli(capsys, "import", demo_path, path, "--dry-run", "--lang", "zh_CN")
    assert code == 0, err
    assert "工位" in out and "备注" in out
    code, out, err = _cli(capsys, "import", demo_path, path, "--lang", "en")
    assert code == 0, err
    assert "工位" in out and "备注" in out and "not imported" in out
    with Workspace.open(demo_path) as ws:
        assert _member(ws, "孙小美")["phone"] == "139 1234 5678"


def test_a_contact_column_beside_a_phone_column_loses_nothing(demo_ws, tmp_path):
    """A second number in 联系方式 is kept beside the 手机 column's; the same one is not
    doubled; a second e-mail address is an error, as one field holds one address."""
    path = _book(tmp_path / "c.xlsx", {"销售部": [
        ["姓名", "部门", "手机", "邮箱", "联系方式"],
        ["甲", "销售部", "13912345678", "", "010-62123456"],
        ["乙", "销售部", "13912345678", "", "13912345678 / yi@example.com"],
        ["丙", "销售部", "", "bing@example.com", "bing2@example.com"],
    ]})
    plan = build_plan(demo_ws, path, 1)
    by_name = {r.label: r for r in plan.rows}
    assert by_name["甲"].values["phone"] == "13912345678 / 010-62123456"
    assert (by_name["乙"].values["phone"], by_name["乙"].values["email"]) == (
        "13912345678", "yi@example.com")
    assert [e.column for e in by_name["丙"].errors] == ["E"]


def test_the_program_s_own_export_has_no_unknown_columns(demo_ws, demo_xlsx):
    plan = build_plan(demo_ws, demo_xlsx, 1)
    assert plan.foreign == [] and plan.unlabelled == {}
    assert not any("not imported" in line for line in describe(plan, "en"))
