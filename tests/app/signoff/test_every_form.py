"""Forms 2–5, the RACI sheet and the plan review keep sign-off lines as Form 1 does: who,
department, date and the version signed, stale once the form changed; ``check`` finds the
stale ones of every form."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app import printing
from app.errors import UserError
from app.forms import editing
from app.raci import raci_grid
from app.rules import check_all
from app.signoff import signatures
from app.signoff.forms import signed_forms, tag_of
from app.store.workspace import Workspace

INI = 1
DAY = dt.date(2026, 11, 21)


def _lines(ws: Workspace, form: str) -> list[signatures.SignoffLine]:
    with ws.read() as s:
        return signatures.signoff_lines(s, INI, form)[0]


def _sign_all(ws: Workspace, form: str, tag: str) -> None:
    for line in _lines(ws, form):
        signatures.record_signature(ws, line.id, line.signer or "某某", DAY, tag)


def test_every_method_form_and_the_plan_review_is_signed() -> None:
    assert signed_forms() == ["goals", "team", "pain_points", "plan", "tracking", "raci",
                              "evaluation"]


def test_the_team_signs_forms_2_to_5_and_the_heads_the_plan(demo_ws: Workspace) -> None:
    signatures.add_missing_lines(demo_ws, INI, "team")
    team = _lines(demo_ws, "team")
    # The overall lead first, then one liaison per department, by name.
    assert [(line.signer, line.department) for line in team] == [
        ("王建国", "项目管理办公室"), ("李娜", "研发部"), ("陈静", "市场部"), ("赵磊", "销售部"),
        ("周强", "售后服务部")]
    assert signatures.add_missing_lines(demo_ws, INI, "team") == []  # nobody missing now
    signatures.add_missing_lines(demo_ws, INI, "plan")
    plan = _lines(demo_ws, "plan")
    # Every department leading or taking part in a goal, the lead department PMO included.
    assert [line.department for line in plan] == ["研发部", "市场部", "销售部", "售后服务部",
                                                 "项目管理办公室"]
    assert all(not line.signed for line in plan)
    with pytest.raises(UserError):
        signatures.add_missing_lines(demo_ws, INI, "gantt")


def test_a_form_2_signature_goes_stale_when_form_2_changes(demo_ws: Workspace,
                                                           tmp_path: Path) -> None:
    signatures.add_missing_lines(demo_ws, INI, "team")
    job = printing.print_pdf(demo_ws, INI, tmp_path / "form2.pdf", forms=["team"],
                             today=DAY)
    printed = job.sheets[0].version
    _sign_all(demo_ws, "team", printed)
    assert all(line.signed and not line.stale for line in _lines(demo_ws, "team"))
    with demo_ws.read() as s:
        assert check_all(s, INI) == [] or all(f.rule != "signoff.stale" for f in check_all(s, INI))

    member = editing.rows(demo_ws, "team", INI)[2]
    editing.set_value(demo_ws, "team", member.id, "duties", "样机测试、问题闭环与试用支持")
    lines = _lines(demo_ws, "team")
    assert all(line.stale and line.version_tag == printed != line.current_tag for line in lines)
    with demo_ws.read() as s:
        stale = [f for f in check_all(s, INI) if f.rule == "signoff.stale"]
    assert len(stale) == len(lines) == 5
    assert "Team members and responsibilities" in stale[0].message
    assert all(f.form == "signoffs:team" and f.row_id in {line.id for line in lines} for f in stale)


def test_the_plan_review_goes_stale_with_a_task_a_measure_or_a_raci_letter(
        demo_ws: Workspace) -> None:
    signatures.add_missing_lines(demo_ws, INI, "plan")
    with demo_ws.read() as s:
        first = tag_of(s, INI, "plan")
    _sign_all(demo_ws, "plan", first)
    assert not any(line.stale for line in _lines(demo_ws, "plan"))
    # A RACI letter alone makes it stale; taking it back makes it current again.
    task = editing.rows(demo_ws, "tracking", INI)[0]
    old = raci_grid.set_cells(demo_ws, INI, {(task.id, "d1"): "C"})
    assert all(line.stale for line in _lines(demo_ws, "plan"))
    raci_grid.set_cells(demo_ws, INI, old)
    assert not any(line.stale for line in _lines(demo_ws, "plan"))
    measure = editing.rows(demo_ws, "measures", INI)[0]
    editing.set_value(demo_ws, "measures", measure.id, "description", "每周汇总")
    assert all(line.stale for line in _lines(demo_ws, "plan"))
    # Form 1's signatures are untouched by the plan.
    assert not any(line.stale for line in _lines(demo_ws, "goals"))


def test_check_reports_stale_signatures_of_every_form_on_the_command_line(
        demo_path: Path, cli) -> None:
    with Workspace.open(demo_path) as ws:
        for form in ("team", "evaluation"):
            signatures.add_missing_lines(ws, INI, form)
            with ws.read() as s:
                tag = tag_of(s, INI, form)
            _sign_all(ws, form, tag)
        kpi = editing.rows(ws, "evaluation", INI)[4]
        editing.set_value(ws, "evaluation", kpi.id, "after", 80)
    result = cli("check", demo_path, "--json")
    assert result.code == 1
    found = [f for f in json.loads(result.out)["findings"] if f["rule"] == "signoff.stale"]
    assert len(found) == 5 and all("Effect evaluation feedback" in f["message"] for f in found)
    result = cli("check", demo_path, "--lang", "zh_CN")
    assert result.out.count("效果评估反馈表") == 5
