"""Form 4's sheet carries the reference baseline's dates as read-only columns (基准开始 /
基准完成); an import never changes a baseline, even when those cells were edited, and a
round trip keeps it."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from app.excel.apply import apply_plan
from app.excel.export import export_workbook
from app.excel.plan import build_plan
from app.forms import editing
from app.schedule import baselines
from app.store.baseline_models import BaselineTask

D = dt.date


def _saved(ws) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    with ws.read() as s:
        return {b.task_id: (b.start, b.finish) for b in s.query(BaselineTask)}


def test_the_baseline_columns_go_out_read_only_and_an_import_leaves_the_baseline(
        demo_ws, tmp_path):
    baselines.save_baseline(demo_ws, 1, "方案评审通过", D(2026, 10, 26))
    before = _saved(demo_ws)
    out = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, 1, out, "zh_CN")
    wb = load_workbook(out)
    sheet = wb["4 计划跟踪"]
    headers = {cell.value: cell.column for cell in sheet[3]}
    assert "基准开始" in headers and "基准完成" in headers
    id_col = next(c for h, c in headers.items() if str(h).startswith("ID"))
    task_id = sheet.cell(4, id_col).value
    start, finish = before[task_id]
    assert sheet.cell(4, headers["基准完成"]).value.date() == finish
    # Someone edits the baseline cell and moves the planned finish a week later.
    sheet.cell(4, headers["基准完成"]).value = dt.datetime(2030, 1, 1)
    planned = sheet.cell(4, headers["计划完成"]).value
    sheet.cell(4, headers["计划完成"]).value = planned + dt.timedelta(days=7)
    wb.save(out)

    plan = build_plan(demo_ws, out, 1)
    assert not plan.has_errors
    apply_plan(demo_ws, plan)
    row = next(r for r in editing.rows(demo_ws, "tracking", 1) if r.id == task_id)
    assert row.values["planned_finish"] == planned.date() + dt.timedelta(days=7)
    assert _saved(demo_ws) == before
    assert (row.values["baseline_start"], row.values["baseline_finish"]) == (start, finish)


def test_reimporting_the_export_with_a_baseline_changes_nothing(demo_ws, tmp_path):
    baselines.save_baseline(demo_ws, 1, "方案评审通过", D(2026, 10, 26))
    out = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, 1, out, "en")
    plan = build_plan(demo_ws, out, 1)
    assert plan.counts()["update"] == 0 and plan.counts()["error"] == 0
