"""The next round carries exactly what the method says and nothing else, and the preview
lists what the copy writes. The demo round: KPIs 1 and 4/5 (adjust, next round) show the
measures "精简上市审批流程" and "联合销售预测与周会机制"; KPI 3 (standardise) shows
"建立需求直通机制"; the milestone rate names no measure."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import UserError
from app.forms import editing
from app.rounds import carry, closing
from app.rounds.state import round_state
from app.schedule.loader import connection_of, load_calendar
from app.store.models import RaciAssignment, Signoff, Task, TaskDependency
from app.store.workspace import Workspace

INI = 1
START = dt.date(2027, 3, 1)  # a Monday
CARRIED = ["精简上市审批流程", "联合销售预测与周会机制"]


def _values(ws: Workspace, form: str, ini: int) -> list[dict]:
    return [r.values for r in editing.rows(ws, form, ini)]


def test_the_next_round_needs_a_closed_round(demo_ws: Workspace) -> None:
    with pytest.raises(UserError, match="close this one first"):
        carry.start_next_round(demo_ws, INI, "第二轮", START)


def test_what_is_carried_and_what_is_not(demo_ws: Workspace) -> None:
    old_tasks = {t.values["name"]: t.values for t in editing.rows(demo_ws, "tracking", INI)}
    old_measures = {m.id: m.values["name"] for m in editing.rows(demo_ws, "measures", INI)}
    old_points = editing.rows(demo_ws, "pain_points", INI)
    closing.close_round(demo_ws, INI, dt.date(2027, 2, 1))
    with demo_ws.read() as s:
        preview = carry.preview_next_round(s, INI, START, "zh_CN")
    assert preview.name == "新品 X1 上市跨部门协作（第 2 轮）"
    new = carry.start_next_round(demo_ws, INI, preview.name, START)

    assert round_state(demo_ws, new).previous_id == INI and not round_state(demo_ws, new).closed
    # Goals (unsigned: no sign-off lines at all) and the whole team.
    assert [g["name"] for g in _values(demo_ws, "goals", new)] == preview.goals
    assert [g["name"] for g in _values(demo_ws, "goals", INI)] == preview.goals
    assert len(_values(demo_ws, "team", new)) == len(_values(demo_ws, "team", INI)) == 10
    with demo_ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Signoff)
                        .where(Signoff.initiative_id == new)) == 0
    # Measures marked adjust / next round only, and their tasks re-planned from START.
    assert [m["name"] for m in _values(demo_ws, "measures", new)] == CARRIED == preview.measures
    carried_old = {n: v for n, v in old_tasks.items() if old_measures[v["measure"]] in CARRIED}
    tasks = editing.rows(demo_ws, "tracking", new)
    assert sorted(t.values["name"] for t in tasks) == sorted(carried_old)
    assert [t.name for t in preview.tasks] == [t.values["name"] for t in tasks]
    assert preview.tasks_left == len(old_tasks) - len(carried_old)
    for t in tasks:
        v = t.values
        assert (v["actual_start"], v["actual_finish"], v["percent"], v["status"]) == (
            None, None, 0, "not_started")
        assert v["issue"] == "" and v["countermeasure"] == ""
    assert min(t.values["planned_start"] for t in tasks) == START
    # Every task keeps its length and its place in working days.
    with demo_ws.read() as s:
        cal = load_calendar(connection_of(s))
    first_old = min(v["planned_start"] for v in carried_old.values())
    for t in tasks:
        old = carried_old[t.values["name"]]
        assert cal.working_days(old["planned_start"], old["planned_finish"]) == \
            cal.working_days(t.values["planned_start"], t.values["planned_finish"])
        assert cal.index(old["planned_start"]) - cal.index(first_old) == \
            cal.index(t.values["planned_start"]) - cal.index(START)
    # Links among the carried tasks and their RACI letters come along.
    with demo_ws.read() as s:
        ids = [t.id for t in tasks]
        links = s.scalar(select(func.count()).select_from(TaskDependency)
                         .where(TaskDependency.task_id.in_(ids)))
        letters = s.scalar(select(func.count()).select_from(RaciAssignment)
                           .where(RaciAssignment.task_id.in_(ids)))
        assert letters > 0 and links is not None
        assert all(t.initiative_id == new for t in s.scalars(select(Task).where(Task.id.in_(ids))))
    # Pain points: the ones the carried measures address, none the kept measures solved.
    points = [p.values["step"] for p in editing.rows(demo_ws, "pain_points", new)]
    assert len(points) == len(preview.pain_points) < len(old_points)
    assert len(points) + len(preview.solved_pain_points) == len(old_points)
    # KPIs: every one, last round's "after" as the new "before", nothing measured yet.
    old_kpis = _values(demo_ws, "evaluation", INI)
    kpis = _values(demo_ws, "evaluation", new)
    assert [k["name"] for k in kpis] == [k["name"] for k in old_kpis]
    for old, k in zip(old_kpis, kpis, strict=True):
        assert k["before"] == (old["after"] if old["after"] is not None else old["before"])
        assert k["target"] == old["target"] and k["after"] is None
        assert k["next_step"] is None and k["feedback"] == ""
    assert [k.before for k in preview.kpis] == [k["before"] for k in kpis]
    # The closed round is as it was.
    assert {t.values["name"]: t.values for t in editing.rows(demo_ws, "tracking", INI)} == old_tasks


def test_a_next_round_counts_its_rounds(demo_ws: Workspace) -> None:
    closing.close_round(demo_ws, INI, dt.date(2027, 2, 1))
    second = carry.start_next_round(demo_ws, INI, "第二轮", START)
    closing.close_round(demo_ws, second, dt.date(2027, 6, 1))
    with demo_ws.read() as s:
        assert carry.preview_next_round(s, second, START, "en").name == "第二轮 — round 3"


def test_a_bad_name_is_refused_and_nothing_is_made(demo_ws: Workspace) -> None:
    closing.close_round(demo_ws, INI, dt.date(2027, 2, 1))
    with pytest.raises(UserError):
        carry.start_next_round(demo_ws, INI, "   ", START)
    from app.org.initiative_names import list_initiatives

    assert [i.id for i in list_initiatives(demo_ws)] == [INI]


def test_register_items_baselines_and_reports_stay_with_the_closed_round(
        demo_ws: Workspace) -> None:
    from app.register.models import RegisterItem
    from app.report import keeping
    from app.report.build import build_content
    from app.schedule.baselines import list_baselines, save_baseline
    from app.store.baseline_models import Baseline
    from app.store.models import WeeklyReport

    save_baseline(demo_ws, INI, "方案评审通过", saved_on=dt.date(2026, 10, 26))
    keeping.keep(demo_ws, build_content(demo_ws, INI, dt.datetime(2027, 1, 29, 17)))
    closing.close_round(demo_ws, INI, dt.date(2027, 2, 1))

    def count(model: type, ini: int) -> int:
        with demo_ws.read() as s:
            return int(s.scalar(select(func.count()).select_from(model)
                                .where(model.initiative_id == ini)))  # type: ignore[attr-defined]

    items = count(RegisterItem, INI)
    assert items > 0
    with demo_ws.read() as s:
        preview = carry.preview_next_round(s, INI, START)
    assert (preview.register_items_left, preview.baselines_left, preview.reports_left) == (
        items, 1, 1)
    new = carry.start_next_round(demo_ws, INI, "第二轮", START)
    assert [count(m, new) for m in (RegisterItem, Baseline, WeeklyReport)] == [0, 0, 0]
    assert list_baselines(demo_ws, new) == []
    assert [count(m, INI) for m in (RegisterItem, Baseline, WeeklyReport)] == [items, 1, 1]
