"""Import messages say what would be right, and phone numbers and e-mail addresses are
checked on import as in the tables (one definition in app/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import ValidationError
from app.excel.plan import build_plan
from app.forms import editing
from app.forms.contact import is_email, is_phone
from app.i18n import set_language
from app.org import organisation


@pytest.mark.parametrize("text", [
    "13912345678", "139 1234 5678", "+86 139 1234 5678", "(021) 6212-3456",
    "021-62123456 转 801", "010 6212 3456 ext. 12", "+1 (555) 010-2030 ext 7",
    "0571-8888888", "1234567", "１３９１２３４５６７８", "13912345678 / 010-62123456",
])
def test_phone_numbers_that_pass(text):
    assert is_phone(text)


@pytest.mark.parametrize("text", [
    "1391234abc", "123456", "1" * 21, "电话", "139-1234-5678 转", "++86 139 1234 5678",
    "abc@example.com", "13912345678 转 12 转 3",
])
def test_phone_numbers_that_fail(text):
    assert not is_phone(text)


@pytest.mark.parametrize("text", ["a@b.cn", "li.na+rd@example.com.cn", "孙丽@例子.中国",
                                  "SUN@EXAMPLE.COM"])
def test_email_addresses_that_pass(text):
    assert is_email(text)


@pytest.mark.parametrize("text", ["not-an-email", "a@b", "@b.cn", "a@.cn", "a b@c.cn",
                                  "a@b@c.cn", "a@b.", "a@b..cn"])
def test_email_addresses_that_fail(text):
    assert not is_email(text)


def _team_sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "销售部"
    ws.append(["姓名", "部门", "角色", "手机号", "邮箱"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def zh():
    set_language("zh_CN")
    yield
    set_language("en")


def test_a_wrong_choice_lists_the_choices(demo_ws, tmp_path, zh):
    path = _team_sheet(tmp_path / "t.xlsx", [["孙小美", "销售部", "组员", "", ""]])
    plan = build_plan(demo_ws, path, 1)
    ((err,),) = [r.errors for r in plan.error_rows]
    assert err.column == "C"
    assert "“组员”不是可选项之一" in err.reason
    for choice in ("总负责人", "接口人", "执行人"):
        assert choice in err.reason


def test_a_wrong_choice_lists_the_choices_in_english(demo_ws, tmp_path):
    path = _team_sheet(tmp_path / "t.xlsx", [["Sun", "销售部", "member", "", ""]])
    plan = build_plan(demo_ws, path, 1)
    ((err,),) = [r.errors for r in plan.error_rows]
    assert "overall lead" in err.reason.lower() and "executor" in err.reason.lower()


def test_a_wrong_yes_no_lists_the_choices(demo_ws, tmp_path, zh):
    wb = Workbook()
    ws = wb.active
    ws.append(["任务名称", "状态", "里程碑"])
    ws.append(["发布会", "未开始", "也许"])
    wb.save(tmp_path / "m.xlsx")
    plan = build_plan(demo_ws, tmp_path / "m.xlsx", 1)
    ((err,),) = [r.errors for r in plan.error_rows]
    assert "“也许”" in err.reason and "是" in err.reason and "否" in err.reason


def test_bad_phone_and_email_are_row_errors_on_import(demo_ws, tmp_path, fingerprint, zh):
    path = _team_sheet(tmp_path / "t.xlsx", [
        ["孙小美", "销售部", "执行人", "1391234abc", "sun@example.com"],
        ["钱多多", "销售部", "执行人", "13900002222", "not-an-email"],
        ["周一鸣", "销售部", "执行人", "021-62123456 转 801", "zhou@example.com"],
    ])
    before = fingerprint(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    errors = [(r.row, e.column, e.reason) for r in plan.error_rows for e in r.errors]
    assert [(row, col) for row, col, _ in errors] == [(2, "D"), (3, "E")]
    assert "1391234abc" in errors[0][2] and "电话" in errors[0][2]
    assert "not-an-email" in errors[1][2] and "@" in errors[1][2]
    assert fingerprint(demo_ws) == before


def test_bad_phone_in_a_contact_column_is_an_error_of_that_column(demo_ws, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "部门", "联系方式"])
    ws.append(["孙小美", "销售部", "电话：1391234abc"])
    ws.append(["钱多多", "销售部", "邮箱：qian.example.com"])
    wb.save(tmp_path / "c.xlsx")
    plan = build_plan(demo_ws, tmp_path / "c.xlsx", 1)
    assert [(r.row, [e.column for e in r.errors]) for r in plan.error_rows] == [
        (2, ["C"]), (3, ["C"])]


def test_the_people_list_refuses_a_bad_phone_or_email(demo_ws):
    pid = organisation.people(demo_ws)[0].id
    with pytest.raises(ValidationError):
        organisation.set_person_field(demo_ws, pid, "phone", "1391234abc")
    with pytest.raises(ValidationError):
        organisation.set_person_field(demo_ws, pid, "email", "not-an-email")
    organisation.set_person_field(demo_ws, pid, "phone", "+86 (21) 6212 3456")
    assert organisation.people(demo_ws)[0].phone == "+86 (21) 6212 3456"


def test_form_2_refuses_a_bad_phone_or_email(demo_ws):
    member = editing.rows(demo_ws, "team", 1)[0]
    for key, bad in (("phone", "1391234abc"), ("email", "not-an-email")):
        with pytest.raises(ValidationError) as exc:
            editing.set_value(demo_ws, "team", member.id, key, bad)
        assert bad in exc.value.message()
    editing.set_value(demo_ws, "team", member.id, "phone", "")
    assert editing.rows(demo_ws, "team", 1)[0].values["phone"] == ""
