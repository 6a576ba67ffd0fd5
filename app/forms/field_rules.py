"""The rules between a task's fields that every writer keeps: a planned finish on or after
the planned start, and predecessors that put no task in a loop of tasks waiting for each
other.

One definition for every way a task changes: a cell typed in Form 4 (``app.forms.rows``),
a bar dragged or linked on the Gantt (``app.schedule.edit``) and an imported workbook
(``app.excel``, which calls the same checks on whole columns) all refuse through here, with
the same message. The rules engine (``app.rules.tasks``) reports what older files still
hold against these rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from app.errors import ValidationError
from app.schedule.engine import ScheduleCycleError
from app.schedule.loops import Graph, loops_through

_LINKS_SQL = """
SELECT l.task_id, l.predecessor_id
FROM task_dependencies l JOIN tasks t ON t.id = l.task_id
WHERE t.initiative_id = ?
"""


# -- planned dates ------------------------------------------------------------------------
def planned_backwards(start: dt.date | None, finish: dt.date | None) -> bool:
    """The rule itself: a planned finish before the planned start (both given)."""
    return start is not None and finish is not None and finish < start


def check_planned_dates(start: dt.date | None, finish: dt.date | None) -> None:
    """Refuse planned dates out of order."""
    if planned_backwards(start, finish):
        raise ValidationError("error.schedule.finish_before_start", start=start, finish=finish)


def backwards_rows(starts: Sequence[dt.date | None],
                   finishes: Sequence[dt.date | None]) -> list[int]:
    """The rule on whole columns: the positions whose planned finish is before the start."""
    return [i for i, pair in enumerate(zip(starts, finishes, strict=True))
            if planned_backwards(*pair)]


def planned_dates_error(start: dt.date | None, finish: dt.date | None) -> ValidationError:
    """The refusal of ``check_planned_dates``, for a caller that lists it (the import)."""
    return ValidationError("error.schedule.finish_before_start", start=start, finish=finish)


# -- predecessors -------------------------------------------------------------------------
def predecessor_loops(graph: Graph, tasks: Iterable[int]) -> dict[int, list[int | None]]:
    """The rule on whole columns: each of ``tasks`` whose predecessors in ``graph`` (task →
    the tasks it waits for, the links as they would be) put it in a loop, with a loop
    through it from it, in the order work would flow (a long one abridged, None standing
    for the tasks left out). A task that waits for nobody may be left out of ``graph``:
    it is in no loop."""
    return loops_through({tid: [p for p in preds if p in graph] for tid, preds in graph.items()},
                         tasks)


def links_graph(session: Any, initiative_id: int) -> dict[int, list[int]]:
    """The initiative's tasks that wait for another, and the tasks each waits for, as
    stored (a task that waits for nobody is in no loop)."""
    from app.schedule.loader import connection_of

    graph: dict[int, list[int]] = {}
    for tid, pred in connection_of(session).execute(_LINKS_SQL, (initiative_id,)):
        graph.setdefault(tid, []).append(pred)
    return graph


def check_predecessors(session: Any, initiative_id: int, task_id: int,
                       predecessors: Iterable[int]) -> None:
    """Refuse ``predecessors`` for task ``task_id`` when they would put it in a loop,
    naming the tasks of the loop."""
    graph = links_graph(session, initiative_id)
    graph[task_id] = list(predecessors)
    loop = predecessor_loops(graph, [task_id]).get(task_id)
    if loop:
        raise loop_error(loop, task_names(session, loop).__getitem__)


def loop_error(loop: Sequence[int | None], name: Callable[[int], str]) -> ScheduleCycleError:
    """The refusal of a loop (as ``predecessor_loops`` gives it), named by its tasks."""
    return ScheduleCycleError([name(t) if t is not None else "…" for t in loop],
                              [t for t in loop if t is not None])


def task_names(session: Any, ids: Iterable[int | None]) -> dict[int, str]:
    from app.schedule.loader import connection_of

    conn = connection_of(session)
    wanted = list(dict.fromkeys(t for t in ids if t is not None))
    names: dict[int, str] = {}
    for at in range(0, len(wanted), 500):  # within SQLite's limit of parameters
        part = wanted[at:at + 500]
        names.update(conn.execute(
            f"SELECT id, name FROM tasks WHERE id IN ({','.join('?' * len(part))})", part))
    return names
