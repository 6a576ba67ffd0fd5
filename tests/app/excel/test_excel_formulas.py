"""Formulas in and out. In: a formula is read as the value Excel last computed, and one
without a computed value (scripts write none) is a row error, never an empty value. Out:
the export and the template hold no formula anywhere, and user text that starts like one
(= + - @) is a text cell on every sheet, the hidden Lists sheet included."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.errors import UserError
from app.excel.apply import apply_plan
from app.excel.export import export_workbook
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.excel.template import write_template
from app.forms import editing
from app.store.changes import ChangeArea
from app.store.models import Department, Measure, Person
from tests.app.excel.raw_xlsx import Formula, write_xlsx

TASKS = "4 计划跟踪"
NO_RESULT = "formula without a computed value: open and save the file in Excel or LibreOffice first"
NO_RESULT_ZH = "公式没有计算结果"


def _errors(plan) -> list[tuple[int, str, str]]:
    return [(r.row, e.column, e.reason) for r in plan.error_rows for e in r.errors]


def test_a_formula_written_by_openpyxl_is_a_row_error_not_an_empty_date(
    demo_ws, demo_xlsx, tmp_path, fingerprint
):
    """The returned sheet's 4th task gets its planned finish as a formula from a script:
    openpyxl saves no result, and the finish must not be emptied."""
    wb = load_workbook(demo_xlsx)
    sheet = wb[TASKS]
    headers = [c.value for c in sheet[3]]
    finish = headers.index("计划完成") + 1
    sheet.cell(7, finish).value = "=DATE(2027,1,31)"
    path = tmp_path / "script.xlsx"
    wb.save(path)
    plan = build_plan(demo_ws, path, 1)
    assert _errors(plan) == [(7, sheet.cell(7, finish).column_letter, NO_RESULT)]
    before = fingerprint(demo_ws)
    with pytest.raises(UserError):
        apply_plan(demo_ws, plan)
    assert fingerprint(demo_ws) == before


def _tasks(path: Path, finish: object, full_calc: bool = False) -> Path:
    return write_xlsx(
        path,
        {
            TASKS: [
                (1, [(1, "任务"), (2, "计划开始"), (3, "计划完成"), (4, "问题")]),
                (2, [(1, "任务甲"), (2, "2027-01-04"), (3, finish), (4, Formula('"-"&"x"', "-x"))]),
            ]
        },
        full_calc_on_load=full_calc,
    )


def test_a_formula_with_its_saved_result_reads_as_that_result(demo_ws, tmp_path):
    path = _tasks(tmp_path / "excel.xlsx", Formula("A1+1", 46_418))  # 2027-01-31
    plan = build_plan(demo_ws, path, 1)
    (row,) = [r for r in plan.rows if r.form == "tracking"]
    assert row.status is Status.NEW, row.errors
    assert row.values["planned_finish"] == dt.date(2027, 1, 31)
    assert row.values["issue"] == "-x"


def test_formulas_without_a_result_are_errors_in_either_language(demo_ws, tmp_path):
    from app.i18n import set_language

    path = _tasks(tmp_path / "script.xlsx", Formula("A1+1"))
    for lang, expected in (("en", NO_RESULT), ("zh_CN", NO_RESULT_ZH)):
        set_language(lang)
        try:
            plan = build_plan(demo_ws, path, 1)
        finally:
            set_language("en")
        assert [(row, col) for row, col, _ in _errors(plan)] == [(2, "C")]
        assert expected in _errors(plan)[0][2]


def test_saved_results_of_a_workbook_asking_for_recalculation_are_not_trusted(demo_ws, tmp_path):
    """XlsxWriter (pandas' usual engine) saves 0 as every formula's result and asks Excel to
    recalculate on opening: that 0 is not a value anyone computed."""
    path = _tasks(tmp_path / "xlsxwriter.xlsx", Formula("A1+1", 0), full_calc=True)
    plan = build_plan(demo_ws, path, 1)
    assert sorted(col for _, col, _ in _errors(plan)) == ["C", "D"]


def test_an_empty_text_result_saved_by_excel_is_an_empty_cell(demo_ws, tmp_path):
    path = _tasks(tmp_path / "empty.xlsx", Formula('IF(1,"","x")', ""))
    (row,) = [r for r in build_plan(demo_ws, path, 1).rows if r.form == "tracking"]
    assert row.status is Status.NEW and row.values.get("planned_finish") is None


INJECTIONS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(1)", "=1+1"]


def _cells_of_every_sheet(path: Path):
    wb = load_workbook(path)  # full mode: each cell as Excel will take it
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet, cell


def _assert_no_formula_anywhere(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name), name
    assert not [c.coordinate for _, c in _cells_of_every_sheet(path) if c.data_type == "f"]


def test_export_writes_names_that_look_like_formulas_as_text_on_every_sheet(demo_ws, tmp_path):
    with demo_ws.write(ChangeArea.ORG, ChangeArea.MEASURES) as s:
        for i, text in enumerate(INJECTIONS):
            dep = Department(name=f"{text} 部{i}", position=100 + i)
            s.add(dep)
            s.add(Person(name=f"{text} 人{i}", department=dep))
            s.add(Measure(initiative_id=1, name=f"{text} 措施{i}", position=100 + i))
    editing.add_row(demo_ws, "goals", 1, {"name": INJECTIONS[0], "description": INJECTIONS[2]})
    path = tmp_path / "export.xlsx"
    export_workbook(demo_ws, 1, path, "zh_CN")
    _assert_no_formula_anywhere(path)
    found = {}
    for sheet, cell in _cells_of_every_sheet(path):
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
            assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
            found.setdefault(sheet.title, set()).add(cell.value)
    lists = load_workbook(path)["Lists"]
    assert lists.sheet_state == "hidden"
    for i, text in enumerate(INJECTIONS):
        assert f"{text} 部{i}" in found["Lists"]
        assert f"{text} 人{i}" in found["Lists"]
        assert f"{text} 措施{i}" in found["Lists"]
        assert f"{text} 部{i}" in found["部门与人员"]
    # and back: every one is read as the text it is, nothing changes
    plan = build_plan(demo_ws, path, 1)
    assert plan.counts()["update"] == plan.counts()["error"] == 0


def test_template_holds_no_formula_and_writes_department_names_as_text(tmp_path):
    path = write_template(tmp_path / "blank.xlsx", "zh_CN", departments=INJECTIONS)
    _assert_no_formula_anywhere(path)
    lists = {c.value: c.data_type for s, c in _cells_of_every_sheet(path) if s.title == "Lists"}
    assert all(lists[text] == "s" for text in INJECTIONS)
