"""Imports at scale: 5,000 rows and 60 people as RACI columns come back exactly, a second
import of the same file changes nothing, and the preview holds every row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.excel.apply import apply_plan
from app.excel.export import export_workbook
from app.excel.gather import gather
from app.excel.plan import build_plan
from app.forms import editing
from app.store.workspace import Workspace
from tests.app.excel.large_plan import fill_wide
from ui.excel.preview_dialog import ImportPreviewDialog

TODAY = dt.date(2026, 11, 20)
ROWS, PEOPLE = 5000, 60
ID_FIELDS = ("owner", "measure", "predecessors", "pain_points")


def _texts(ws: Workspace, form: str, initiative_id: int) -> list[dict[str, str]]:
    return [r.text for r in editing.rows(ws, form, initiative_id, "zh_CN", TODAY)]


def _grid(ws: Workspace, initiative_id: int) -> list[tuple[str, list[tuple[str, str]]]]:
    data = gather(ws, initiative_id, ["raci"], "zh_CN")
    heads = {(c.member_id, c.department_id): c.header for c in data.raci_columns}
    return [
        (name, sorted((heads[k], v) for k, v in data.raci.get(task_id, {}).items()))
        for task_id, _number, name in data.raci_tasks
    ]


def _round_trip(tmp_path: Path, forms: list[str], every_form: bool) -> None:
    ws = Workspace.create(tmp_path / "wide.crossdesk")
    try:
        ini = fill_wide(ws, ROWS, PEOPLE, every_form=every_form)
        out = tmp_path / "wide.xlsx"
        export_workbook(ws, ini, out, "zh_CN", forms=forms, today=TODAY)
        plan = build_plan(ws, out, None, new_initiative="第二轮")
        assert not plan.has_errors
        counts = plan.counts()
        assert counts["new"] >= ROWS * 2  # the tasks and their RACI rows
        (raci_sheet,) = [s for s, form in plan.sheets if form == "raci"]
        assert len(plan.raci_columns[raci_sheet]) == PEOPLE
        assert all(c.member is not None for c in plan.raci_columns[raci_sheet])
        copy = apply_plan(ws, plan).initiative_id
        for form in [f for f in forms if f not in ("raci", "org", "signoffs")]:
            assert _texts(ws, form, copy) == _texts(ws, form, ini), form
        grid = _grid(ws, copy)
        assert grid == _grid(ws, ini)
        assert len(grid) == ROWS and max(len(letters) for _, letters in grid) == PEOPLE
        again = build_plan(ws, out, ini)
        assert again.counts() == {"new": 0, "update": 0, "unchanged": len(again.rows), "error": 0}
    finally:
        ws.close()


@pytest.mark.slow
def test_5000_rows_of_every_form_come_back_the_same(tmp_path):
    _round_trip(
        tmp_path,
        ["goals", "signoffs", "team", "pain_points", "measures", "tracking", "evaluation",
         "raci", "org"],
        every_form=True,
    )


def test_5000_tasks_with_60_people_as_raci_columns_read_back_unchanged(qtbot, tmp_path):
    """The returned tracking sheet and RACI grid: every row found again by its ID, each of
    the 60 person columns found as its team member, and the preview holds every row."""
    ws = Workspace.create(tmp_path / "wide.crossdesk")
    try:
        ini = fill_wide(ws, ROWS, PEOPLE, every_form=False)
        out = tmp_path / "wide.xlsx"
        export_workbook(ws, ini, out, "zh_CN", forms=["tracking", "raci"], today=TODAY)
        plan = build_plan(ws, out, ini)
        assert plan.counts() == {"new": 0, "update": 0, "unchanged": 2 * ROWS, "error": 0}
        (columns,) = plan.raci_columns.values()
        assert len(columns) == PEOPLE and all(c.member is not None for c in columns)
        dialog = ImportPreviewDialog(plan)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.model.rowCount() == 2 * ROWS and dialog.apply_button.isEnabled()
    finally:
        ws.close()
