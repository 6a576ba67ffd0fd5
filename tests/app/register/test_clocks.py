"""The register's clocks, worked out by hand on a calendar with a holiday (Friday
2027-01-01, New Year) and a make-up working day (Saturday 2026-12-26).

November 2026: Fri 20, Sat 21, Sun 22, Mon 23 … Fri 27, Mon 30.
December 2026: Thu 24, Fri 25, Sat 26 (make-up, worked), Sun 27, Mon 28 … Thu 31.
January 2027: Fri 1 (holiday), Sat 2, Sun 3, Mon 4, Tue 5 … Fri 8.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.register import clocks
from app.register.clocks import ClockInput
from app.schedule.calendar import CalendarException, WorkCalendar

CAL = WorkCalendar([CalendarException(dt.date(2027, 1, 1), False, "元旦"),
                    CalendarException(dt.date(2026, 12, 26), True, "调休上班")])


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.mark.parametrize(("reported", "urgency", "due"), [
    # The example: Friday 14:00, important → the end of Wednesday.
    ("2026-11-20T14:00", "important", "2026-11-25T23:59"),
    ("2026-11-20T14:00", "routine", "2026-11-27T23:59"),
    # 24 clock hours run over the weekend.
    ("2026-11-20T16:00", "urgent", "2026-11-21T16:00"),
    # A report at 23:30: 24 h end at 23:30 the next day; working days count from the
    # next day all the same.
    ("2026-11-25T23:30", "urgent", "2026-11-26T23:30"),
    ("2026-11-25T23:30", "important", "2026-11-30T23:59"),
    # A report on a Saturday: Monday is the first working day after it.
    ("2026-11-21T10:00", "routine", "2026-11-27T23:59"),
    # The make-up Saturday counts: Fri 25 (1), Sat 26 (2), Mon 28 (3).
    ("2026-12-24T10:00", "important", "2026-12-28T23:59"),
    # A report on the make-up day: the day itself never counts.
    ("2026-12-26T11:00", "important", "2026-12-30T23:59"),
    # The holiday does not: Thu 31 (1), Mon 4 (2), Tue 5 (3).
    ("2026-12-30T09:00", "important", "2027-01-05T23:59"),
    # A report on the holiday: Mon 4 … Fri 8.
    ("2027-01-01T12:00", "routine", "2027-01-08T23:59"),
])
def test_problem_clocks(reported: str, urgency: str, due: str) -> None:
    assert clocks.problem_due(CAL, at(reported), urgency) == at(due)


def test_a_problem_without_a_report_time_or_urgency_has_no_clock() -> None:
    assert clocks.problem_due(CAL, None, "urgent") is None
    assert clocks.problem_due(CAL, at("2026-11-20T14:00"), None) is None


@pytest.mark.parametrize(("requested", "due"), [
    ("2026-11-20T17:00", "2026-11-24T23:59"),  # Fri → Mon (1), Tue (2)
    ("2026-12-31T17:00", "2027-01-05T23:59"),  # Thu → holiday → Mon (1), Tue (2)
    ("2026-12-24T23:30", "2026-12-26T23:59"),  # Thu → Fri (1), make-up Sat (2)
])
def test_resource_answer_is_due_two_working_days_later(requested: str, due: str) -> None:
    assert clocks.answer_due(CAL, at(requested)) == at(due)


def test_24_hour_clocks_are_clock_hours() -> None:
    assert clocks.minutes_due(at("2026-12-31T09:00"), at("2026-12-31T23:30")) == \
        at("2027-01-01T23:30")  # on the holiday all the same
    assert clocks.minutes_due(at("2026-11-20T09:00"), None) == at("2026-11-21T09:00")
    assert clocks.risk_notice_due(at("2026-11-20T16:00")) == at("2026-11-21T16:00")
    assert clocks.discussion_due(at("2026-11-25T23:30")) == at("2026-11-26T23:30")


def _text(due: str, now: str, lang: str = "en") -> str:
    clock = clocks.Clock(at(due), True, at(now) > at(due))
    return clocks.due_text(CAL, clock, at(now), lang)


def test_due_texts() -> None:
    assert _text("2026-11-25T23:59", "2026-11-25T18:30") == "due in 5 h"
    assert _text("2026-11-25T23:59", "2026-11-25T23:30") == "due within the hour"
    assert _text("2026-11-25T23:59", "2026-11-20T14:00") == "due Wed 11-25"
    # Thursday and Friday after a Wednesday due.
    assert _text("2026-11-25T23:59", "2026-11-27T10:00") == "overdue by 2 working days"
    # The weekend is not counted: Monday is the first working day late.
    assert _text("2026-11-27T23:59", "2026-11-30T09:00") == "overdue by 1 working day"
    # Late on the weekend, no working day lost yet: in hours.
    assert _text("2026-11-21T16:00", "2026-11-22T10:00") == "overdue by 18 h"
    # Over the holiday: Thu 31 due; Mon 4 and Tue 5 late.
    assert _text("2026-12-31T23:59", "2027-01-05T08:00") == "overdue by 2 working days"
    # Over the make-up Saturday: Fri 25 and Sat 26 are late days.
    assert _text("2026-12-24T23:59", "2026-12-27T08:00") == "overdue by 2 working days"


def test_due_texts_in_chinese() -> None:
    assert _text("2026-11-25T23:59", "2026-11-25T18:30", "zh_CN") == "5 小时后到期"
    assert _text("2026-11-25T23:59", "2026-11-20T14:00", "zh_CN") == "11-25 周三到期"
    assert _text("2026-11-25T23:59", "2026-11-27T10:00", "zh_CN") == "逾期 2 个工作日"


def _clock(now: str, **kw: object) -> clocks.Clock:
    return clocks.item_clock(CAL, ClockInput(**kw), at(now))  # type: ignore[arg-type]


def test_each_kinds_clock_runs_until_what_is_owed_is_done() -> None:
    meeting = {"kind": "meeting", "status": "held", "opened_at": at("2026-11-20T09:00"),
               "ends_at": at("2026-11-20T10:00")}
    c = _clock("2026-11-21T11:00", **meeting)
    assert (c.due, c.running, c.overdue) == (at("2026-11-21T10:00"), True, True)
    c = _clock("2026-11-21T11:00", **meeting, sent_at=at("2026-11-21T10:30"))
    assert (c.running, c.overdue) == (False, False)

    problem = {"kind": "problem", "status": "open", "opened_at": at("2026-11-20T14:00"),
               "urgency": "important"}
    assert _clock("2026-11-26T00:00", **problem).overdue
    assert not _clock("2026-11-25T23:59", **problem).overdue
    assert not _clock("2026-11-26T00:00", **{**problem, "status": "resolved"}).overdue

    resource = {"kind": "resource", "status": "open", "opened_at": at("2026-11-20T17:00")}
    assert _clock("2026-11-25T08:00", **resource).overdue
    assert not _clock("2026-11-25T08:00", **resource, answer="refused").running

    risk = {"kind": "risk", "status": "open", "opened_at": at("2026-11-20T16:00")}
    assert _clock("2026-11-21T16:01", **risk).overdue
    assert not _clock("2026-11-21T16:01", **risk, sent_at=at("2026-11-21T09:00")).overdue

    change = {"kind": "change", "status": "open", "opened_at": at("2026-11-20T16:00"),
              "due_at": at("2026-11-23T12:00")}
    assert _clock("2026-11-23T13:00", **change).overdue
    assert not _clock("2026-11-23T13:00", **change, decision="approved").overdue
    collab = {"kind": "collaboration", "status": "open", "opened_at": None}
    assert _clock("2026-11-23T13:00", **collab).due is None
