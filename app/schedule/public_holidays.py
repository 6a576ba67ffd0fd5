"""China's statutory holidays and make-up working days (调休) for a year, from the
``chinese-calendar`` package, which lists both from the State Council's yearly notice.

Adding them never overwrites a day the coordinator set by hand (a day the calendar
already holds stays as it is), and is one transaction, so one undo step puts it back.
"""

from __future__ import annotations

import datetime as dt

from app.errors import UserError
from app.i18n import has_key, tr
from app.schedule import calendar_edit
from app.schedule.calendar import CalendarException
from app.store.workspace import Workspace


def _package() -> tuple[dict[dt.date, object], dict[dt.date, object]]:
    from chinese_calendar import constants  # a few hundred dates, read when asked for

    return constants.holidays, constants.workdays


def known_years() -> range:
    """The years the installed package has the State Council's notice for."""
    holidays, _workdays = _package()
    years = {d.year for d in holidays}
    return range(min(years), max(years) + 1)


def _name(value: object, working: bool, lang: str | None) -> str:
    english = str(getattr(value, "value", value))
    key = "holidays.name." + english.lower().replace(" ", "_").replace("'", "")
    name = tr(key, lang) if has_key(key) else english
    return tr("holidays.makeup", lang, name=name) if working else name


def public_holiday_days(year: int, lang: str | None = None) -> list[CalendarException]:
    """The year's days off (weekend days of a holiday period too) and make-up working days,
    named in ``lang``. A year the package does not know is refused with a message that
    says to import HR's file instead."""
    if year not in known_years():
        raise UserError("error.holidays.unknown_year", year=year)
    holidays, workdays = _package()
    days = [CalendarException(d, False, _name(v, False, lang))
            for d, v in holidays.items() if d.year == year]
    days += [CalendarException(d, True, _name(v, True, lang))
             for d, v in workdays.items() if d.year == year]
    return sorted(days, key=lambda e: e.day)


def states_to_add(ws: Workspace, year: int,
                  lang: str | None = None) -> tuple[list[calendar_edit.DayState], int]:
    """The days of ``year`` to add, leaving out the days the calendar already holds (set by
    hand or added before); and how many were left out."""
    taken = {e.day for e in calendar_edit.list_days(ws)}
    days = public_holiday_days(year, lang)
    new = [(e.day, e) for e in days if e.day not in taken]
    return new, len(days) - len(new)


def add_public_holidays(ws: Workspace, year: int, lang: str | None = None
                        ) -> tuple[list[calendar_edit.DayState], int]:
    """Add the year's holidays and make-up days in one transaction; returns the states the
    added days had (``calendar_edit.apply_days`` of them undoes it) and how many days
    already set were kept."""
    states, kept = states_to_add(ws, year, lang)
    before = calendar_edit.apply_days(ws, states) if states else []
    return before, kept
