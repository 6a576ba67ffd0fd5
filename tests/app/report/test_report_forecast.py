"""The report's forecast line is the schedule's own forecast from the status date
(``app.schedule.forecast``), against the reference baseline once one is saved; worked out
by hand on tests/app/report/weekly_plan.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.forms import editing
from app.report import keeping
from app.report.build import build_content
from app.report.sections import summary_rows
from app.schedule.baselines import save_baseline
from app.schedule.forecast import initiative_forecast
from tests.app.report.weekly_plan import AS_OF, D, make_plan, week_of_work


@pytest.fixture
def plan(tmp_path: Path):
    ws, ini, ids = make_plan(tmp_path / "weekly.crossdesk")
    yield ws, ini, ids
    ws.close()


def test_the_forecast_slips_against_the_reference_baseline(plan) -> None:
    ws, ini, ids = plan
    save_baseline(ws, ini, "Plan review", saved_on=D(2025, 3, 7))  # G saved as 24 Mar – 10 Apr
    ids = week_of_work(ws, ini, ids)
    # The coordinator drags G's finish from Thu 10 Apr to Tue 15 Apr.
    editing.set_value(ws, "tracking", ids["G"], "planned_finish", D(2025, 4, 15))
    f = build_content(ws, ini, AS_OF).forecast
    # G still lies after the status date (14 Mar), so it finishes as planned on 15 Apr,
    # 3 working days (11, 14, 15 Apr) after the baseline's 10 Apr; the target (30 Apr) is
    # shown beside it but the slip is the baseline's.
    assert (f.forecast_finish, f.baseline_finish, f.target_finish) == (
        D(2025, 4, 15), D(2025, 4, 10), D(2025, 4, 30))
    assert f.slip_days == 3
    assert f == _same_as_the_schedule(ws, ini, AS_OF.date())


def test_work_not_started_by_the_status_date_moves_the_finish(plan) -> None:
    ws, ini, ids = plan
    save_baseline(ws, ini, "Plan review", saved_on=D(2025, 3, 7))
    week_of_work(ws, ini, ids)
    as_of = dt.datetime(2025, 4, 11, 17, 0)  # a Friday, and G (24 Mar – 10 Apr) not started
    content = build_content(ws, ini, as_of)
    f = content.forecast
    # G lasts 14 working days (24–28 Mar, 31 Mar – 4 Apr, 7–10 Apr: 5 + 5 + 4) and starts
    # on the status date: 11 Apr, 14–18, 21–25, 28–30 Apr (1 + 5 + 5 + 3 = 14) → Wed 30 Apr,
    # 14 working days after the baseline's 10 Apr. (B, C, D, E and F all end by 17 Apr.)
    assert (f.status_date, f.forecast_finish, f.baseline_finish) == (
        D(2025, 4, 11), D(2025, 4, 30), D(2025, 4, 10))
    assert f.slip_days == 14
    assert f == _same_as_the_schedule(ws, ini, as_of.date())
    rows = dict(map(tuple, summary_rows(content, "en")))
    assert rows["Baseline finish"] == "2025-04-10"
    assert rows["Slip"] == "14 working days later than the baseline"
    zh = dict(map(tuple, summary_rows(content, "zh_CN")))
    assert zh["偏差"] == "比基准晚 14 个工作日"
    # A kept report keeps the figures it showed, in the shape kept reports have always had.
    kept = keeping.load(ws, keeping.keep(ws, content))
    assert kept.forecast == f


def _same_as_the_schedule(ws, ini, day):  # type: ignore[no-untyped-def]
    """The forecast the Gantt tab and Form 4 state, in the report's kept shape."""
    from app.report.content import Forecast

    fc = initiative_forecast(ws, ini, day)
    return Forecast(fc.status_date, fc.forecast_finish, fc.baseline_finish, fc.target_finish,
                    fc.slip_days)
