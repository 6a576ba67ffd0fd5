"""Export then import into a new initiative gives back the same data, field by field."""

from __future__ import annotations

import datetime as dt

import pytest

from app.excel.apply import apply_plan, undo_import
from app.excel.export import export_workbook
from app.excel.gather import gather
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.forms import editing
from app.org.initiatives import counts, list_initiatives

TODAY = dt.date(2026, 11, 20)
FORMS = ["goals", "signoffs", "team", "pain_points", "measures", "tracking", "evaluation"]


def _form_rows(ws, form, initiative_id):
    """Every field of every row as the user sees it, plus the raw values that are not ids."""
    result = []
    for row in editing.rows(ws, form, initiative_id, "en", TODAY):
        raw = {
            k: v
            for k, v in row.values.items()
            if k not in ("owner", "measure", "predecessors", "pain_points")
        }
        result.append((row.number, row.text, raw))
    return result


def _raci_grid(ws, initiative_id):
    data = gather(ws, initiative_id, ["raci"], "en")
    heads = {(c.member_id, c.department_id): c.header for c in data.raci_columns}
    return [
        (number, name, sorted((heads[k], v) for k, v in data.raci.get(task_id, {}).items()))
        for task_id, number, name in data.raci_tasks
    ]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_export_then_import_into_new_initiative_gives_same_data(demo_ws, tmp_path, lang):
    path = tmp_path / f"demo-{lang}.xlsx"
    export_workbook(demo_ws, 1, path, lang, today=TODAY)
    plan = build_plan(demo_ws, path, None, new_initiative="副本")
    assert not plan.has_errors
    # departments and people exist already: matched by name, nothing new
    assert plan.new_departments == [] and plan.new_people == {}
    result = apply_plan(demo_ws, plan)
    copy = result.initiative_id
    assert copy != 1
    for form in FORMS:
        original, imported = _form_rows(demo_ws, form, 1), _form_rows(demo_ws, form, copy)
        assert len(original) == len(imported) > 0, form
        for a, b in zip(original, imported, strict=True):
            if form == "signoffs":  # the lines come, the signatures stay with their initiative
                a = (a[0], {k: a[1][k] for k in ("department", "signer")}, {})
                assert not b[2]["signed"] and b[2]["signed_on"] is None
                b = (b[0], {k: b[1][k] for k in ("department", "signer")}, {})
            assert a == b, form
    assert _raci_grid(demo_ws, copy) == _raci_grid(demo_ws, 1)
    assert counts(demo_ws, copy) == counts(demo_ws, 1)


def test_reimport_of_own_export_is_all_unchanged(demo_ws, demo_xlsx):
    plan = build_plan(demo_ws, demo_xlsx, 1)
    assert plan.counts() == {"new": 0, "update": 0, "unchanged": len(plan.rows), "error": 0}
    forms = {form for _, form in plan.sheets}
    assert forms == {
        "goals",
        "signoffs",
        "team",
        "pain_points",
        "measures",
        "tracking",
        "evaluation",
        "raci",
        "org",
        "register",  # the register's sheets
    }


def test_returned_sheet_updates_by_id_and_undo_restores(demo_ws, demo_xlsx, tmp_path, fingerprint):
    from openpyxl import load_workbook

    wb = load_workbook(demo_xlsx)
    sheet = wb["4 计划跟踪"]
    headers = [c.value for c in sheet[3]]
    pct = headers.index("完成率") + 1
    status = headers.index("状态") + 1
    sheet.cell(4 + 3, pct).value = 0.9  # the 4th task, 60 % → 90 %
    sheet.cell(4 + 3, status).value = "受阻"
    goals = wb["1 目标"]
    goals.cell(goals.max_row + 1, 2).value = "新增目标：渠道培训全覆盖"
    raci = wb["RACI 矩阵"]
    raci.cell(4, 3).value = None  # first member loses the letter of task 1
    path = tmp_path / "returned.xlsx"
    wb.save(path)
    before = fingerprint(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors
    changed = {(r.form, r.status) for r in plan.rows if r.status is not Status.UNCHANGED}
    assert changed == {("tracking", Status.UPDATE), ("goals", Status.NEW), ("raci", Status.UPDATE)}
    task = next(r for r in plan.rows if r.form == "tracking" and r.status is Status.UPDATE)
    assert sorted(task.changes) == ["percent", "status"]
    result = apply_plan(demo_ws, plan)
    rows = editing.rows(demo_ws, "tracking", 1, "en", TODAY)
    assert (rows[3].values["percent"], rows[3].values["status"]) == (90, "blocked")
    assert editing.rows(demo_ws, "goals", 1)[-1].values["name"] == "新增目标：渠道培训全覆盖"
    assert len(list_initiatives(demo_ws)) == 1
    undo_import(demo_ws, result.undo)
    assert fingerprint(demo_ws) == before
