"""Read one initiative's tasks, links and the working calendar out of the workspace.

Plain SQL on a plain SQLite connection: importing SQLAlchemy and the models costs about
0.7 s and its result processing another 150 ms for 5,000 tasks, while the Gantt tab has
one second from the program's start. So this module imports neither; the table and column
names below, and the Python type the loader turns each column into, are checked against
the models by a test. The records are built in C: rows
are turned into columns, the dates converted once per distinct day, and each column
tuple becomes a ``TaskData`` without a Python call per task.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from functools import partial
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from app.schedule.calendar import CalendarException, Memo, WorkCalendar
from app.schedule.data import BaselineDates, BaselineRef, Link, Plan, TaskData

if TYPE_CHECKING:
    from app.store.workspace import Workspace

TASKS, MEASURES, DEPARTMENTS, PEOPLE = "tasks", "measures", "departments", "people"
LINKS, CALENDAR = "task_dependencies", "calendar_days"
BASELINES, BASELINE_TASKS = "baselines", "baseline_tasks"
GOALS = "goals"

# Every column read, per table, with the type the loader reads it as: a date is decoded
# from SQLAlchemy's ISO text, a bool from 0/1, the rest used as SQLite returns them. The
# test compares both with the models, so a column whose type changes there fails it.
COLUMNS: dict[str, dict[str, type]] = {
    TASKS: {"id": int, "initiative_id": int, "name": str, "position": int,
            "planned_start": dt.date, "planned_finish": dt.date, "actual_start": dt.date,
            "actual_finish": dt.date, "percent": int, "status": str, "milestone": bool,
            "measure_id": int, "department_id": int, "owner_id": int},
    MEASURES: {"id": int, "name": str, "position": int},
    DEPARTMENTS: {"id": int, "name": str},
    PEOPLE: {"id": int, "name": str},
    LINKS: {"predecessor_id": int, "task_id": int, "lag_days": int},
    CALENDAR: {"day": dt.date, "working": bool, "name": str},
    GOALS: {"initiative_id": int, "due_date": dt.date},
    BASELINES: {"id": int, "initiative_id": int, "name": str, "saved_on": dt.date,
                "reference": bool},
    BASELINE_TASKS: {"baseline_id": int, "task_id": int, "start": dt.date, "finish": dt.date,
                     "milestone": bool},
}

# TaskData's fields up to measure_id, then department_id and owner_id: the names behind
# the three ids are filled in from the small tables below, and the rows sorted by
# (position, id) in Python — SQLite's join lookups and its sorter cost 10 of 25 ms.
_TASKS_SQL = f"""
SELECT t.id, t.name, COALESCE(t.position, 0), t.planned_start, t.planned_finish,
       t.actual_start, t.actual_finish, COALESCE(t.percent, 0), t.status, t.milestone,
       t.measure_id, t.department_id, t.owner_id
FROM {TASKS} t
WHERE t.initiative_id = ?
"""
_ORDER = itemgetter(2, 0)  # position, id
_DATE_COLUMNS = (3, 4, 5, 6)  # planned start/finish, actual start/finish
_MILESTONE, _MEASURE, _DEPARTMENT, _OWNER = 9, 10, 11, 12
_MEASURES_SQL = f"SELECT id, name, position FROM {MEASURES}"
_DEPARTMENTS_SQL = f"SELECT id, name FROM {DEPARTMENTS}"
_PEOPLE_SQL = f"SELECT id, name FROM {PEOPLE}"

# Links whose successor is in the initiative; the predecessor is checked in Python.
_LINKS_SQL = f"""
SELECT l.predecessor_id, l.task_id, COALESCE(l.lag_days, 0)
FROM {LINKS} l
JOIN {TASKS} t ON t.id = l.task_id
WHERE t.initiative_id = ?
"""

_CALENDAR_SQL = f"SELECT day, working, name FROM {CALENDAR}"

_REFERENCE_SQL = f"""
SELECT id, name, saved_on FROM {BASELINES}
WHERE initiative_id = ? AND reference ORDER BY id LIMIT 1
"""
# The target and the reference baseline in one statement: a view reads both after every
# edit of a task.
_HEAD_SQL = f"""
SELECT (SELECT MAX(due_date) FROM {GOALS} WHERE initiative_id = :i), b.id, b.name, b.saved_on
FROM (SELECT 1) LEFT JOIN {BASELINES} b ON b.initiative_id = :i AND b.reference
ORDER BY b.id LIMIT 1
"""
_BASELINE_TASKS_SQL = f"SELECT task_id, start, finish, milestone FROM {BASELINE_TASKS} " \
    "WHERE baseline_id = ?"

_TARGET_SQL = f"SELECT MAX(due_date) FROM {GOALS} WHERE initiative_id = ?"

_task = partial(tuple.__new__, TaskData)
_link = partial(tuple.__new__, Link)
_PREDECESSOR = itemgetter(0)


def connection_of(session: Any) -> sqlite3.Connection:
    """The SQLite connection under an ORM session, inside the session's transaction: for
    callers that already hold a session (edits, printing) and want these readers."""
    return session.connection().connection.driver_connection  # type: ignore[no-any-return]


def _date(text: str | None) -> dt.date | None:
    """SQLAlchemy keeps a Date as ISO text in SQLite."""
    return dt.date.fromisoformat(text) if text else None


def load_calendar(conn: sqlite3.Connection) -> WorkCalendar:
    rows = conn.execute(_CALENDAR_SQL)
    return WorkCalendar(CalendarException(dt.date.fromisoformat(d), bool(w), n or "")
                        for d, w, n in rows)


def _lookup(rows: Iterable[tuple[Any, ...]], column: int, missing: object) -> Any:
    """id → the row's ``column``, ``missing`` for no id, a dangling one or NULL (what a
    LEFT JOIN with COALESCE gives), as a C-level lookup."""
    found: defaultdict[Any, Any] = defaultdict(lambda: missing)
    found.update((r[0], missing if r[column] is None else r[column]) for r in rows)
    return found.__getitem__


def load_plan_in(conn: sqlite3.Connection, initiative_id: int, names: bool = True) -> Plan:
    """The initiative's tasks and links; without ``names`` the measures', departments' and
    owners' names are left empty (the engine needs none: three queries fewer)."""
    rows = conn.execute(_TASKS_SQL, (initiative_id,)).fetchall()
    links = conn.execute(_LINKS_SQL, (initiative_id,)).fetchall()
    if not rows:
        return Plan(initiative_id, (), ())
    rows.sort(key=_ORDER)
    columns: list[Any] = list(zip(*rows, strict=True))
    days = Memo(_date).__getitem__  # a plan has a few hundred distinct days
    for c in _DATE_COLUMNS:
        columns[c] = map(days, columns[c])
    columns[_MILESTONE] = map(bool, columns[_MILESTONE])
    measures = conn.execute(_MEASURES_SQL).fetchall() if names else []
    departments = columns[_DEPARTMENT]
    owners = columns[_OWNER]
    del columns[_DEPARTMENT:]
    columns += [
        map(_lookup(measures, 1, ""), columns[_MEASURE]),
        map(_lookup(measures, 2, 0), columns[_MEASURE]),
        departments,
        map(_lookup(conn.execute(_DEPARTMENTS_SQL) if names else (), 1, ""), departments),
        owners,
        map(_lookup(conn.execute(_PEOPLE_SQL) if names else (), 1, ""), owners),
    ]
    ids = columns[0]
    tasks = tuple(map(_task, zip(*columns, strict=True)))
    by_id = dict(zip(ids, tasks, strict=True))
    inside = map(by_id.__contains__, map(_PREDECESSOR, links))
    return Plan(initiative_id, tasks, tuple(map(_link, compress(links, inside))), by_id)


def load_reference_in(conn: sqlite3.Connection, initiative_id: int) -> BaselineRef | None:
    """The initiative's reference baseline with every task's saved dates, or None."""
    try:
        found = conn.execute(_REFERENCE_SQL, (initiative_id,)).fetchone()
    except sqlite3.OperationalError:  # a file opened to look at, before its upgrade
        return None
    if found is None:
        return None
    return _reference(conn, *found)


def _reference(conn: sqlite3.Connection, ref_id: int, name: str, saved_on: str) -> BaselineRef:
    tasks = {t: BaselineDates(_date(s), _date(f), bool(m))
             for t, s, f, m in conn.execute(_BASELINE_TASKS_SQL, (ref_id,))}
    return BaselineRef(ref_id, name, dt.date.fromisoformat(saved_on), tasks)


def load_target_in(conn: sqlite3.Connection, initiative_id: int) -> dt.date | None:
    """The initiative's target: the latest planned completion date of its goals (Form 1)."""
    (found,) = conn.execute(_TARGET_SQL, (initiative_id,)).fetchone()
    return _date(found)


def load(ws: Workspace, initiative_id: int) -> tuple[Plan, WorkCalendar]:
    """The plan and the calendar, read in one read transaction."""
    with ws.sql() as conn:
        return load_plan_in(conn, initiative_id), load_calendar(conn)


class Loaded(NamedTuple):
    plan: Plan
    calendar: WorkCalendar
    baseline: BaselineRef | None
    target: dt.date | None


def load_all_in(conn: sqlite3.Connection, initiative_id: int, names: bool = True) -> Loaded:
    """What ``load_all`` reads, on ``conn``."""
    plan, cal = load_plan_in(conn, initiative_id, names), load_calendar(conn)
    try:
        target, ref_id, name, saved_on = conn.execute(
            _HEAD_SQL, {"i": initiative_id}).fetchone()
    except sqlite3.OperationalError:  # a file opened to look at, before its upgrade
        return Loaded(plan, cal, None, load_target_in(conn, initiative_id))
    baseline = _reference(conn, ref_id, name, saved_on) if ref_id is not None else None
    return Loaded(plan, cal, baseline, _date(target))


def load_all(ws: Workspace, initiative_id: int, names: bool = True) -> Loaded:
    """The plan, the calendar, the reference baseline and the target (Form 1's latest
    planned completion), read in one read transaction; ``names`` as in ``load_plan_in``."""
    with ws.sql() as conn:
        return load_all_in(conn, initiative_id, names)
