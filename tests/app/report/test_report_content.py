"""The weekly report's content on a plan worked out by hand (tests/app/report/weekly_plan.py):
what is finished, due, late and next, the milestone rate, the forecast line, who it goes
to, and what changed since the report kept a week before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.errors import UserError
from app.report import keeping, week
from app.report.build import build_content
from app.report.content import ReportContent
from app.report.sections import slip_text
from tests.app.report.weekly_plan import AS_OF, FIRST_AS_OF, D, first_report, make_plan, week_of_work


@pytest.fixture
def plan(tmp_path: Path):
    ws, ini, ids = make_plan(tmp_path / "weekly.crossdesk")
    yield ws, ini, ids
    ws.close()


def names(tasks: tuple) -> list[str]:
    return [t.name for t in tasks]


def test_the_report_as_of_friday_against_the_figures_worked_out_by_hand(plan) -> None:
    ws, ini, ids = plan
    first_report(ws, ini)
    ids = week_of_work(ws, ini, ids)
    c = build_content(ws, ini, AS_OF)
    assert names(c.done) == ["A", "M2"]
    assert c.done[0].actual_finish == D(2025, 3, 11)
    assert names(c.late) == ["B", "C"]  # the latest first
    b, late_c = c.late
    assert (b.days_late, late_c.days_late) == (4, 1)  # the holiday on Wednesday does not count
    assert (b.owner, b.department, b.issue, b.countermeasure) == (
        "Li Liaison", "R&D", "Supplier late", "Second supplier")
    assert b.percent == 60
    assert names(c.due) == ["D"]
    assert names(c.upcoming) == ["E", "G"]
    assert (c.milestones.due, c.milestones.on_time, c.milestones.rate) == (2, 1, 0.5)
    assert c.milestones.met is False and c.milestones.target == 0.95
    f = c.forecast
    assert (f.status_date, f.target_finish, f.baseline_finish) == (D(2025, 3, 14), D(2025, 4, 30), None)
    # Forecast from the status date, Friday 14 March (the plan has no links): B (3–7 Mar,
    # 5 working days, 60 %) has ceil(5 × 0.4) = 2 days left: 14, 17 Mar; C (not started,
    # 10–13 Mar = 3 working days with the holiday) starts on the 14th: 14, 17, 18 Mar; D
    # (13–14 Mar = 2 days, 30 %) has ceil(1.4) = 2 left: 14, 17 Mar; E (20 Mar), F (31 Mar –
    # 4 Apr) and G (24 Mar – 10 Apr) lie after the status date and keep their dates. The
    # last to finish is G on Thu 10 Apr; without a baseline the slip is counted against the
    # target, Wed 30 Apr: 11 Apr + 14–18 + 21–25 + 28–30 Apr = 1 + 5 + 5 + 3 = 14 working
    # days early, so -14.
    assert f.forecast_finish == D(2025, 4, 10) and f.slip_days == -14
    assert slip_text(f, "en") == "14 working days earlier than the target"


def test_what_changed_compares_with_the_report_kept_before(plan) -> None:
    ws, ini, ids = plan
    _, first = first_report(ws, ini)
    assert first.changes == () and first.previous_as_of is None
    ids = week_of_work(ws, ini, ids)
    c = build_content(ws, ini, AS_OF)
    assert c.previous_as_of == FIRST_AS_OF
    found = {ch.name: ch for ch in c.changes}
    assert set(found) == {"A", "B", "C", "M2", "X"}
    assert found["C"].kind == "new" and found["X"].kind == "removed"
    assert dict((k, (a, b)) for k, a, b in found["A"].fields) == {
        "actual_finish": (None, "2025-03-11"), "status": ("in_progress", "done")}
    assert found["B"].fields == (("percent", 40, 60),)
    # A report kept as of a later moment is not "the previous report" of this one.
    later = build_content(ws, ini, dt.datetime(2025, 3, 21, 17))
    keeping.keep(ws, later)
    assert build_content(ws, ini, AS_OF).changes == c.changes


def test_the_report_goes_to_the_liaisons_and_the_lead_and_copies_the_rest(plan) -> None:
    ws, ini, _ = plan
    r = build_content(ws, ini, AS_OF).recipients
    assert [p.email for p in r.to] == ["wang@example.com", "li@example.com"]
    assert [p.email for p in r.cc] == ["zhao@example.com"]
    assert [p.name for p in r.unreachable] == ["Chen Liaison", "Sun Exec"]


def test_a_kept_report_reopens_exactly_as_it_was_made(plan) -> None:
    ws, ini, ids = plan
    report_id, first = first_report(ws, ini)
    week_of_work(ws, ini, ids)
    assert keeping.load(ws, report_id) == first
    assert ReportContent.from_text(first.to_text()) == first
    (kept,) = keeping.kept_reports(ws, ini)
    assert (kept.id, kept.as_of, kept.late) == (report_id, FIRST_AS_OF, len(first.late))


def test_keeping_a_report_is_one_announced_edit_and_can_be_taken_back(plan) -> None:
    from app.store.changes import ChangeArea

    ws, ini, _ = plan
    heard = []
    ws.subscribe(heard.append)
    report_id, _ = first_report(ws, ini)
    assert heard and heard[-1].areas == ChangeArea.REPORTS
    assert week.made_this_week(ws, ini, dt.datetime(2025, 3, 7, 15, 30))
    assert not week.made_this_week(ws, ini, dt.datetime(2025, 3, 14, 15, 30))
    keeping.remove(ws, report_id)
    assert keeping.kept_reports(ws, ini) == []
    with pytest.raises(UserError):
        keeping.remove(ws, report_id)


def test_the_week_the_default_moment_and_the_friday_reminder() -> None:
    wednesday = dt.datetime(2025, 3, 12, 9, 30)
    assert week.default_as_of(wednesday) == dt.datetime(2025, 3, 14, 17, 0)
    assert week.default_as_of(dt.datetime(2025, 3, 16, 20)) == dt.datetime(2025, 3, 14, 17)
    assert week.next_weeks(D(2025, 3, 14)) == (D(2025, 3, 17), D(2025, 3, 30))
    assert not week.reminder_due(dt.datetime(2025, 3, 14, 14, 59), False)
    assert week.reminder_due(dt.datetime(2025, 3, 14, 15, 0), False)
    assert not week.reminder_due(dt.datetime(2025, 3, 14, 16, 0), True)
    assert not week.reminder_due(dt.datetime(2025, 3, 13, 16, 0), False)


def test_a_missing_initiative_is_refused(plan) -> None:
    ws, _, _ = plan
    with pytest.raises(UserError):
        build_content(ws, 999, AS_OF)
