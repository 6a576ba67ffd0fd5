"""Matrix data, filters, re-rating in one transaction, and the tracking figures."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UserError, ValidationError
from app.forms import editing
from app.forms.choices import PainKind, PainStatus
from app.matrix.matrix_data import MatrixFilter, departments_in, matrix_points, rerate, short_label
from app.schedule.metrics import tracking_metrics
from app.store.changes import Change, ChangeArea
from app.store.models import Task
from app.store.workspace import Workspace


def test_demo_points_carry_what_the_matrix_shows(demo_ws: Workspace) -> None:
    points = matrix_points(demo_ws, 1)
    assert len(points) == 8
    first = points[0]
    assert (first.rank, first.step, first.kind) == (1, "需求评审", PainKind.BREAK_POINT)
    assert first.status is PainStatus.ADDRESSED
    assert first.measures == ("建立需求直通机制",)
    assert first.departments == ("研发部", "销售部")
    assert first.description == "销售收集的客户需求未传达到研发，样机返工"
    assert departments_in(demo_ws, points)[0] == "研发部"


def test_filters_by_department_kind_and_status(make_points, empty_ws, with_departments) -> None:
    ini, ids = make_points([("a", "blockage", 5, 5), ("b", "break_point", 1, 1),
                            ("c", "blockage", 3, 1)])
    editing.set_value(empty_ws, "pain_points", ids[0], "departments", ["研发部"])
    editing.set_value(empty_ws, "pain_points", ids[1], "departments", ["研发部", "销售部"])
    editing.add_row(empty_ws, "measures", ini, {"name": "措施", "pain_points": [ids[2]]})
    points = matrix_points(empty_ws, ini)

    def shown(f: MatrixFilter) -> list[int]:
        return [p.id for p in f.apply(points)]

    assert shown(MatrixFilter()) == [ids[0], ids[2], ids[1]]  # rank order: act now, plan, watch
    assert not MatrixFilter().active
    assert shown(MatrixFilter(department="销售部")) == [ids[1]]
    assert shown(MatrixFilter(kind=PainKind.BLOCKAGE)) == [ids[0], ids[2]]
    assert shown(MatrixFilter(status=PainStatus.ADDRESSED)) == [ids[2]]
    assert shown(MatrixFilter(department="研发部", status=PainStatus.OPEN)) == [ids[0], ids[1]]
    assert shown(MatrixFilter(department="销售部", kind=PainKind.BLOCKAGE)) == []
    addressed = next(p for p in points if p.id == ids[2])
    assert addressed.measures == ("措施",)


def test_short_label_prefers_the_step_and_stays_short() -> None:
    assert short_label("上市审批", "whatever") == "上市审批"
    assert short_label("", "样机数量不足，试用排队") == "样机数量不足"
    long = short_label("跨部门联合需求评审与样机交付协调会", "")
    assert long.endswith("…") and len(long) <= 8
    assert short_label("", "") == ""


def test_rerate_is_one_transaction_and_returns_the_old_ratings(make_points, empty_ws) -> None:
    ini, ids = make_points([("a", "pain_point", 2, 2)])
    heard: list[Change] = []
    empty_ws.subscribe(heard.append)
    assert rerate(empty_ws, ids[0], 5, 4) == (2, 2)
    assert len(heard) == 1 and ChangeArea.PAIN_POINTS in heard[0]
    point = matrix_points(empty_ws, ini)[0]
    assert (point.impact, point.frequency) == (5, 4)
    assert rerate(empty_ws, ids[0], 2, 2) == (5, 4)


def test_a_refused_rerate_changes_nothing(make_points, empty_ws) -> None:
    ini, ids = make_points([("a", "pain_point", 2, 3)])
    with pytest.raises(ValidationError):
        rerate(empty_ws, ids[0], 4, 6)  # impact valid, frequency not: neither is stored
    point = matrix_points(empty_ws, ini)[0]
    assert (point.impact, point.frequency) == (2, 3)
    with pytest.raises(UserError):
        rerate(empty_ws, 9999, 3, 3)


def _task(ws: Workspace, ini: int, name: str, planned: dt.date, actual: dt.date | None,
          milestone: bool) -> None:
    with ws.write(ChangeArea.TASKS) as s:
        s.add(Task(initiative_id=ini, name=name, planned_finish=planned, actual_finish=actual,
                   milestone=milestone))


def test_tracking_metrics_count_on_time_milestones_and_late_tasks(empty_ws) -> None:
    from app.org.initiatives import create_initiative

    ini = create_initiative(empty_ws, "跟踪")
    today = dt.date(2026, 5, 20)
    d = dt.date
    _task(empty_ws, ini, "on time", d(2026, 5, 10), d(2026, 5, 10), True)
    _task(empty_ws, ini, "early", d(2026, 5, 10), d(2026, 5, 8), True)
    _task(empty_ws, ini, "late milestone", d(2026, 5, 10), d(2026, 5, 12), True)
    _task(empty_ws, ini, "overdue milestone", d(2026, 5, 15), None, True)
    _task(empty_ws, ini, "future milestone", d(2026, 6, 1), None, True)
    _task(empty_ws, ini, "due today", d(2026, 5, 20), None, False)
    _task(empty_ws, ini, "overdue task", d(2026, 5, 1), None, False)
    m = tracking_metrics(empty_ws, ini, today)
    assert (m.milestones, m.milestones_due, m.milestones_on_time) == (5, 4, 2)
    assert m.on_time_rate == pytest.approx(0.5)
    # late: the milestone finished late, the overdue milestone, the overdue task
    assert (m.late_tasks, m.late_open, m.tasks) == (3, 2, 7)


def test_no_milestone_due_gives_no_rate(demo_ws) -> None:
    m = tracking_metrics(demo_ws, 1, dt.date(2026, 11, 20))
    assert m.milestones == 3 and m.on_time_rate is None
    assert m.late_tasks > 0
