"""Editing the working calendar: holidays and make-up working days, one by one or
imported from a file the coordinator gets from HR (one day per line)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from sqlalchemy import select

from app.errors import UserError, ValidationError
from app.forms import validation as v
from app.forms.specs import FieldSpec, Kind
from app.forms.typed import NotADate, parse_date
from app.schedule.calendar import CalendarException
from app.store.changes import ChangeArea
from app.store.models import CalendarDay
from app.store.workspace import Workspace

# The calendar decides every working-day count, so the task views refresh with it.
AREAS = (ChangeArea.CALENDAR, ChangeArea.TASKS)

# The calendar's own fields, checked like every field of the forms.
DAY = FieldSpec("day", "field.calendar_day", Kind.DATE, required=True)
NAME = FieldSpec("name", "field.calendar_name", Kind.TEXT, max_len=100)
# A calendar file lists a few dozen days a year; anything this large is not one (and a
# device such as /dev/zero would never end).
MAX_FILE_BYTES = 1_000_000

# Words accepted in the kind column of an imported file, in both languages.
_HOLIDAY_WORDS = {"holiday", "off", "rest", "休", "休息", "假", "假日", "节假日", "放假", "0"}
_WORKDAY_WORDS = {"workday", "working", "work", "makeup", "make-up", "班", "上班", "补班",
                  "调休", "调休上班", "1"}


def list_days(ws: Workspace) -> list[CalendarException]:
    with ws.read() as s:
        rows = s.execute(select(CalendarDay.day, CalendarDay.working, CalendarDay.name)
                         .order_by(CalendarDay.day))
        return [CalendarException(d, bool(w), n or "") for d, w, n in rows]


def set_day(ws: Workspace, day: dt.date, working: bool, name: str = "") -> CalendarException | None:
    """Mark ``day`` as a holiday (``working=False``) or a make-up working day; returns what
    the day was before, or None when it followed the weekly rhythm."""
    [(_day, old)] = apply_days(ws, [(day, CalendarException(day, working, name))])
    return old


def clear_day(ws: Workspace, day: dt.date) -> CalendarException | None:
    """Let ``day`` follow the weekly rhythm again; returns what it was."""
    [(_day, old)] = apply_days(ws, [(day, None)])
    return old


def parse_days(text: str) -> list[CalendarException]:
    """Read ``date, kind[, name]`` lines (comma, tab or semicolon separated; ``#`` starts a
    comment). Raises ``UserError`` naming the first bad line, so nothing half-imports."""
    found: dict[dt.date, CalendarException] = {}
    sample = text[:2000]
    delimiter = "\t" if "\t" in sample else ";" if ";" in sample and "," not in sample else ","
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        cells = [c.strip() for c in row]
        if not cells or not cells[0] or cells[0].startswith("#"):
            continue
        try:
            day = parse_date(cells[0])
        except NotADate:
            if number == 1:
                continue  # a header line
            raise UserError("error.calendar.bad_date", line=number, value=cells[0]) from None
        kind = cells[1].lower() if len(cells) > 1 else "holiday"
        if kind in _HOLIDAY_WORDS:
            working = False
        elif kind in _WORKDAY_WORDS:
            working = True
        else:
            raise UserError("error.calendar.bad_kind", line=number, value=cells[1])
        try:
            found[day] = checked(CalendarException(day, working, cells[2] if len(cells) > 2 else ""))
        except ValidationError as exc:
            raise UserError("error.calendar.bad_line", line=number, reason=exc.message()) from None
    return sorted(found.values(), key=lambda e: e.day)


def read_days_file(path: str | Path) -> list[CalendarException]:
    """The days listed in a file from HR (UTF-8 or GB18030, as Excel on a Chinese Windows
    saves CSV); raises ``UserError`` naming the first bad line."""
    path = Path(path)
    try:
        if not path.is_file():  # a folder, a device, a pipe
            if not path.exists():
                raise UserError("error.workspace.missing", path=str(path))
            raise UserError("error.file.not_regular", path=str(path))
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError("error.calendar.unreadable", path=str(path), reason=str(exc)) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise UserError("error.file.too_large", path=str(path), limit="1 MB")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError("error.calendar.unreadable", path=str(path), reason="encoding")
    return parse_days(text)


DayState = tuple[dt.date, "CalendarException | None"]  # None: the day follows the week


def checked(state: CalendarException) -> CalendarException:
    """``state`` with its date and name passed through the forms' own validation (no year
    3000, no control or invisible characters, no 100,000-character name)."""
    return CalendarException(v.clean_date(DAY, state.day), state.working,
                             v.clean_text(NAME, state.name))


def apply_days(ws: Workspace, states: list[DayState]) -> list[DayState]:
    """Put each listed day into the given state, in one transaction; returns the states
    they had, so the same call undoes it."""
    states = [(v.clean_date(DAY, day), None if state is None else checked(state))
              for day, state in states]
    before: list[DayState] = []
    with ws.write(*AREAS) as s:
        for day, state in states:
            row = s.get(CalendarDay, day)
            before.append((day, CalendarException(row.day, row.working, row.name) if row else None))
            if state is None:
                if row is not None:
                    s.delete(row)
                    s.flush()
            elif row is None:
                s.add(CalendarDay(day=day, working=state.working, name=state.name))
                s.flush()
            else:
                row.working, row.name = state.working, state.name
    return before[::-1]  # undone in reverse, should a day be listed twice


def import_days(ws: Workspace, path: str | Path) -> int:
    """Add or replace every day listed in the file, in one transaction; returns the count."""
    days = read_days_file(path)
    apply_days(ws, [(e.day, e) for e in days])
    return len(days)
