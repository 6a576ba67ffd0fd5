"""Working-day arithmetic with weekends, holidays and make-up days (China 2025 National Day:
1–8 October off, Sunday 28 September and Saturday 11 October worked)."""

import datetime as dt

from app.schedule.calendar import CalendarException, WorkCalendar

D = dt.date

NATIONAL_DAY = [CalendarException(D(2025, 10, d), False, "国庆") for d in range(1, 9)] + [
    CalendarException(D(2025, 9, 28), True, "调休"),
    CalendarException(D(2025, 10, 11), True, "调休"),
]


def test_weekends_only():
    cal = WorkCalendar()
    assert cal.is_working(D(2025, 3, 7))  # Friday
    assert not cal.is_working(D(2025, 3, 8))
    assert cal.working_days(D(2025, 3, 3), D(2025, 3, 14)) == 10
    assert cal.add_working_days(D(2025, 3, 7), 1) == D(2025, 3, 10)
    assert cal.add_working_days(D(2025, 3, 10), -1) == D(2025, 3, 7)
    # a start on a weekend means the work begins on Monday
    assert cal.date_at(cal.start_index(D(2025, 3, 8))) == D(2025, 3, 10)


def test_holidays_and_make_up_days():
    cal = WorkCalendar(NATIONAL_DAY)
    assert cal.is_working(D(2025, 9, 28))  # Sunday, made up
    assert not cal.is_working(D(2025, 10, 1))
    assert cal.is_working(D(2025, 10, 11))  # Saturday, made up
    # Fri 26, Sun 28, Mon 29, Tue 30
    assert cal.working_days(D(2025, 9, 26), D(2025, 9, 30)) == 4
    # after Tue 30 September the next working day is Thu 9 October
    assert cal.add_working_days(D(2025, 9, 30), 1) == D(2025, 10, 9)
    assert cal.add_working_days(D(2025, 10, 10), 1) == D(2025, 10, 11)
    assert cal.add_working_days(D(2025, 10, 9), -1) == D(2025, 9, 30)
    assert cal.name_of(D(2025, 10, 1)) == "国庆"


def test_index_and_date_agree_over_years():
    cal = WorkCalendar(NATIONAL_DAY)
    day = D(2024, 1, 1)
    while day < D(2027, 1, 1):
        if cal.is_working(day):
            assert cal.date_at(cal.index(day)) == day
        day += dt.timedelta(days=1)


def test_working_days_late():
    cal = WorkCalendar()
    assert cal.working_days_late(D(2025, 3, 5), D(2025, 3, 5)) == 0
    assert cal.working_days_late(D(2025, 3, 5), D(2025, 3, 10)) == 3  # Thu, Fri, Mon
    assert cal.working_days_late(D(2025, 3, 7), D(2025, 3, 9)) == 0  # only the weekend
