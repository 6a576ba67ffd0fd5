"""China's public holidays and make-up working days of a year, from chinese-calendar: added
in one step that never overwrites a day set by hand, undone in one step, refused with a
pointer to HR's file for a year the package does not know; the same on the command line."""

from __future__ import annotations

import datetime as dt

from app.cli.main import main
from app.errors import UserError
from app.schedule import calendar_edit, public_holidays
from app.schedule.loader import load
from tests.conftest import D, add_plan


def test_2026_has_its_holidays_and_its_make_up_saturdays(workspace):
    days = {e.day: e for e in public_holiday_days_zh(2026)}
    assert not days[D(2026, 10, 1)].working and days[D(2026, 10, 1)].name == "国庆节"
    assert days[D(2026, 2, 14)].working and days[D(2026, 2, 14)].name == "春节调休上班"
    assert {d for d, e in days.items() if e.working} == {
        D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20),
        D(2026, 10, 10)}


def public_holiday_days_zh(year: int):
    return public_holidays.public_holiday_days(year, "zh_CN")


def test_adding_keeps_days_set_by_hand_and_undoes_in_one_step(workspace):
    calendar_edit.set_day(workspace, D(2026, 10, 7), True, "公司安排上班")  # a holiday, by hand
    before, kept = public_holidays.add_public_holidays(workspace, 2026, "zh_CN")
    assert kept == 1 and len(before) > 30
    days = {e.day: e for e in calendar_edit.list_days(workspace)}
    assert days[D(2026, 10, 7)] == calendar_edit.CalendarException(
        D(2026, 10, 7), True, "公司安排上班")
    assert not days[D(2026, 10, 6)].working
    # Adding again adds nothing: every day is there already.
    again, kept_again = public_holidays.add_public_holidays(workspace, 2026)
    assert again == [] and kept_again == kept + len(before)
    calendar_edit.apply_days(workspace, before)  # the undo
    assert [e.day for e in calendar_edit.list_days(workspace)] == [D(2026, 10, 7)]


def test_the_working_day_counts_follow_the_holidays(workspace):
    ini, _ids = add_plan(workspace, [dict(name="国庆前后", planned_start=D(2026, 9, 28),
                                         planned_finish=D(2026, 10, 12))])
    public_holidays.add_public_holidays(workspace, 2026)
    _plan, cal = load(workspace, ini)
    # 9-28..9-30 (3), Oct 1-7 off, 10-8, 10-9, Sat 10-10 make-up, 10-12: 7 working days.
    assert cal.working_days(D(2026, 9, 28), D(2026, 10, 12)) == 7


def test_an_unknown_year_is_refused_with_the_pointer_to_hr(workspace):
    year = max(public_holidays.known_years()) + 1
    try:
        public_holidays.add_public_holidays(workspace, year)
    except UserError as exc:
        message = exc.message()
    else:
        raise AssertionError("not refused")
    assert str(year) in message and "HR" in message
    assert calendar_edit.list_days(workspace) == []


def test_cli_public_holidays(workspace, capsys):
    path = str(workspace.path)
    workspace.close()
    assert main(["calendar", path, "--public-holidays", "2026", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "2026-02-14" in out and "春节调休上班" in out and "国庆节" in out
    year = max(public_holidays.known_years()) + 1
    assert main(["calendar", path, "--public-holidays", str(year)]) == 1
    captured = capsys.readouterr()
    assert "HR" in captured.err and "Traceback" not in captured.err
    assert main(["calendar", path, "--public-holidays", "twenty"]) != 0


def test_the_demo_has_its_years_holidays(demo_ws):
    days = {e.day: e for e in calendar_edit.list_days(demo_ws)}
    assert D(2026, 10, 1) in days and days[D(2026, 10, 10)].working
    assert not any(d.year > max(public_holidays.known_years()) for d in days)
    assert isinstance(next(iter(days)), dt.date)
