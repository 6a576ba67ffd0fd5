"""The working calendar: which days count as working days.

Weekends are off; a ``CalendarDay`` row overrides one date either way (a public holiday
on a weekday, or a make-up working day, 调休, on a weekend). The engine works in
*working-day indices* — the number of working days before a date — so durations and lags
become plain integer arithmetic and holidays cost nothing once converted.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

_SATURDAY = 5
# Kinds of day that break the plain working week, as charts shade them.
WEEKEND, HOLIDAY, MAKEUP = 0, 1, 2
_ONE_DAY = dt.timedelta(days=1)
_COVER_LIMIT = 25_000  # working days, about a century


def _weekdays_before(ordinal: int) -> int:
    """Mon–Fri days with an ordinal below ``ordinal`` (ordinal 1, 0001-01-01, is a Monday)."""
    weeks, rest = divmod(ordinal - 1, 7)
    return 5 * weeks + min(rest, 5)


def _nth_weekday_ordinal(n: int) -> int:
    """Ordinal of the weekday that has ``n`` weekdays before it."""
    weeks, rest = divmod(n, 5)
    return 1 + 7 * weeks + rest


class Memo(dict):  # type: ignore[type-arg]
    """A dict that computes a missing value once: a hit is one C-level lookup."""

    __slots__ = ("_compute",)

    def __init__(self, compute: Callable[[Hashable], object]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: Hashable) -> object:
        value = self[key] = self._compute(key)
        return value


@dataclass(frozen=True)
class CalendarException:
    day: dt.date
    working: bool
    name: str = ""


class WorkCalendar:
    """Weekends off, with holidays and make-up working days taken from the workspace."""

    def __init__(self, exceptions: Iterable[CalendarException] = ()) -> None:
        self.exceptions: dict[dt.date, CalendarException] = {e.day: e for e in exceptions}
        # Only exceptions that change a day's kind move the index: a holiday on a weekday
        # removes a working day, a make-up day on a weekend adds one.
        self._holidays = sorted(
            e.day.toordinal() for e in self.exceptions.values()
            if not e.working and e.day.weekday() < _SATURDAY
        )
        self._makeups = sorted(
            e.day.toordinal() for e in self.exceptions.values()
            if e.working and e.day.weekday() >= _SATURDAY
        )
        self._holiday_set = set(self._holidays)
        self._makeup_set = set(self._makeups)
        # A plan asks about a few hundred distinct days thousands of times, so the three
        # conversions are memo dicts whose lookup is bound over the methods below: a
        # repeated question costs no Python frame.
        self._index_memo = Memo(self._compute_index)  # type: ignore[arg-type]
        self._finish_memo = Memo(self._compute_finish)  # type: ignore[arg-type]
        self._date_memo = Memo(self._compute_date)  # type: ignore[arg-type]
        self.index = self.start_index = self._index_memo.__getitem__  # type: ignore[method-assign]
        self.finish_index = self._finish_memo.__getitem__  # type: ignore[method-assign]
        self.date_at = self._date_memo.__getitem__  # type: ignore[method-assign]

    def is_working(self, day: dt.date) -> bool:
        o = day.toordinal()
        if o in self._makeup_set:
            return True
        return day.weekday() < _SATURDAY and o not in self._holiday_set

    def name_of(self, day: dt.date) -> str:
        e = self.exceptions.get(day)
        return e.name if e else ""

    def index(self, day: dt.date) -> int:
        """Working days before ``day``: the index of ``day`` if it is a working day, else
        the index of the next working day."""
        return self._index_memo[day]  # type: ignore[no-any-return]

    def date_at(self, index: int) -> dt.date:
        """The working day with ``index`` working days before it."""
        return self._date_memo[index]  # type: ignore[no-any-return]

    # Index of the first working day on or after a day (a start on a holiday means the
    # work begins the next working day): the index itself.
    start_index = index

    def finish_index(self, day: dt.date) -> int:
        """Exclusive end index of work that finishes on ``day`` (or the last working day
        before it, when ``day`` is off)."""
        return self._finish_memo[day]  # type: ignore[no-any-return]

    def _compute_index(self, day: dt.date) -> int:
        o = day.toordinal()
        return (
            _weekdays_before(o)
            - bisect.bisect_left(self._holidays, o)
            + bisect.bisect_left(self._makeups, o)
        )

    def _compute_finish(self, day: dt.date) -> int:
        return self.index(day + _ONE_DAY)

    def _compute_date(self, index: int) -> dt.date:
        # index() is monotonic in the date and exceptions shift it by at most one day each,
        # so the day lies near the plain Mon–Fri guess: binary-search that window for the
        # first day with more than ``index`` working days up to and including it.
        guess = _nth_weekday_ordinal(index)
        span = 7 + 2 * (len(self._holidays) + len(self._makeups))
        lo, hi = guess - span, guess + span
        while lo < hi:
            mid = (lo + hi) // 2
            if self.index(dt.date.fromordinal(mid + 1)) > index:
                hi = mid
            else:
                lo = mid + 1
        return dt.date.fromordinal(lo)

    def cover(self, lo: int, hi: int) -> None:
        """Work out the dates of indices ``lo``..``hi`` at once, before asking for many of
        them: one search, then a walk over the days, where each index on its own costs a
        binary search (5 ms for a 5,000-task plan's few hundred dates)."""
        if hi < lo or hi - lo > _COVER_LIMIT:
            return  # nothing to do, or centuries: let each be searched when asked
        memo = self._date_memo
        o = self.date_at(lo).toordinal()
        ordinals = [o]
        makeups, holidays = self._makeup_set, self._holiday_set
        for _ in range(hi - lo):
            o += 1
            while not (o in makeups or ((o - 1) % 7 < _SATURDAY and o not in holidays)):
                o += 1
            ordinals.append(o)
        memo.update(zip(range(lo, hi + 1), map(dt.date.fromordinal, ordinals), strict=True))

    # -- conveniences in dates ----------------------------------------------------------
    def working_days(self, start: dt.date, finish: dt.date) -> int:
        """Working days from ``start`` to ``finish``, both included; 0 if finish < start."""
        return max(0, self.finish_index(finish) - self.start_index(start))

    def add_working_days(self, day: dt.date, days: int) -> dt.date:
        """The working day ``days`` working days after ``day`` (before, if negative)."""
        return self.date_at(self.index(day) + days)

    def finish_date(self, start_index: int, duration: int) -> dt.date:
        """Last working day of work that starts at ``start_index`` and lasts ``duration``
        working days; a milestone (0) finishes on its start day."""
        return self.date_at(start_index + max(duration, 1) - 1)

    def working_days_late(self, due: dt.date, today: dt.date) -> int:
        """Working days after ``due`` up to and including ``today``."""
        if today <= due:
            return 0
        return self.finish_index(today) - self.finish_index(due)

    def off_runs(self, origin: dt.date, days: int) -> list[tuple[int, int, int]]:
        """Runs of days to shade from ``origin`` on, as (first offset, end offset, kind):
        weekends off, holidays, and make-up working days on a weekend. The Gantt tab and
        the printed chart shade from this one list."""
        runs: list[tuple[int, int, int]] = []
        for d in range(days):
            day = origin + dt.timedelta(days=d)
            working = self.is_working(day)
            weekend = day.weekday() >= _SATURDAY
            if weekend and not working:
                kind = WEEKEND
            elif not working:
                kind = HOLIDAY
            elif weekend:
                kind = MAKEUP
            else:
                continue
            if runs and runs[-1][1] == d and runs[-1][2] == kind:
                runs[-1] = (runs[-1][0], d + 1, kind)
            else:
                runs.append((d, d + 1, kind))
        return runs
