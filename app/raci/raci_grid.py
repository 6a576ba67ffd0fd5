"""The RACI matrix of an initiative: reading the grid, setting letters, counting load.

Rows are the initiative's tasks grouped under their measures; columns are team members
grouped under their departments, or the departments alone. A letter belongs to a task and
either a member or a whole department, so a column is named by a key: ``m<member id>`` or
``d<department id>``. The rule of the method (exactly one A, at least one R per task) is
defined here once, in ``task_problems``; the rule checker and the grid both call it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.forms.display import list_separator
from app.i18n import tr
from app.raci.letters import LETTERS, parse_letter
from app.store.changes import ChangeArea
from app.store.models import (
    Department,
    Goal,
    Member,
    Person,
    RaciAssignment,
    Task,
    goal_departments,
)
from app.store.workspace import Workspace

MEMBERS = "members"
DEPARTMENTS = "departments"
MODES = (MEMBERS, DEPARTMENTS)

Cell = tuple[int, str]  # (task id, column key)


def member_key(member_id: int) -> str:
    return f"m{member_id}"


def department_key(department_id: int) -> str:
    return f"d{department_id}"


def parse_key(key: str) -> tuple[str, int]:
    """``"m12"`` → ``("m", 12)``; anything else is refused as a cell that does not exist."""
    if len(key) >= 2 and key[0] in "md" and key[1:].isdigit():
        return key[0], int(key[1:])
    raise ValidationError("error.raci.cell")


@dataclass(frozen=True)
class GridRow:
    task_id: int
    number: int  # the task's number in Form 4
    name: str
    group: str  # the measure's name (or "no measure")
    group_key: int | None  # the measure's id


@dataclass(frozen=True)
class GridColumn:
    key: str  # "m<id>" or "d<id>"
    label: str  # the person's or the department's name
    group: str  # the department's name (or "no department")
    group_key: str  # "d<id>", or "" for no department


@dataclass
class Grid:
    """A snapshot of one initiative's RACI matrix, detached from any session."""

    initiative_id: int
    mode: str
    rows: list[GridRow]
    columns: list[GridColumn]
    letters: dict[Cell, str]  # every letter of the initiative, members and departments
    names: dict[str, str] = field(default_factory=dict)  # column key → name, both kinds
    member_departments: dict[str, str] = field(default_factory=dict)  # "m<id>" → "d<id>"

    def letter(self, task_id: int, key: str) -> str:
        return self.letters.get((task_id, key), "")

    def task_letters(self, task_id: int) -> list[tuple[str, str]]:
        """Every (column key, letter) of a task, whichever view shows the column."""
        return [(k, v) for (t, k), v in self.letters.items() if t == task_id]

    def letters_by_task(self) -> dict[int, list[tuple[str, str]]]:
        result: dict[int, list[tuple[str, str]]] = {row.task_id: [] for row in self.rows}
        for (task_id, key), letter in self.letters.items():
            result.setdefault(task_id, []).append((key, letter))
        return result


# -- reading ------------------------------------------------------------------------------
# Plain SQL on the session's own SQLite connection: a plan of 50,000 tasks has some
# 150,000 letters, and SQLAlchemy's result rows cost more than reading them.
_LETTERS_SQL = """
SELECT r.task_id, CASE WHEN r.member_id IS NOT NULL THEN 'm' || r.member_id
                       ELSE 'd' || r.department_id END, r.letter
FROM raci r JOIN tasks t ON t.id = r.task_id
WHERE t.initiative_id = ?
"""
_CELL, _LETTER, _TASK = itemgetter(0, 1), itemgetter(2), itemgetter(0)


def read_letters(session: Session, initiative_id: int) -> dict[Cell, str]:
    """Every letter of the initiative by (task id, column key); the keys are made by
    SQLite and the dictionary in C, not a Python call per letter."""
    from app.schedule.loader import connection_of

    rows = connection_of(session).execute(_LETTERS_SQL, (initiative_id,)).fetchall()
    return dict(zip(map(_CELL, rows), map(_LETTER, rows), strict=True))


RowTuple = tuple[int, int, str, str, "int | None"]  # GridRow's fields, in its order


def row_tuples(session: Session, initiative_id: int, lang: str | None = None) -> list[RowTuple]:
    """The grid's rows as plain tuples (task id, number, name, group, group key): the
    initiative's tasks under their measures in the measures' order, then the tasks of no
    measure (or of one of another initiative). Plain SQL and tuples, for the rule check
    of a plan of 50,000 tasks; ``read_grid`` makes its rows of these."""
    from app.schedule.loader import connection_of

    conn = connection_of(session)
    tasks = conn.execute("SELECT id, name, measure_id FROM tasks WHERE initiative_id = ? "
                         "ORDER BY position, id", (initiative_id,)).fetchall()
    measures = conn.execute("SELECT id, name FROM measures WHERE initiative_id = ? "
                            "ORDER BY position, id", (initiative_id,)).fetchall()
    # One pass over the tasks, then the measures in their order (a scan of every task
    # per measure grew with tasks × measures).
    by_measure: dict[int, list[tuple[int, int, str]]] = {m: [] for m, _ in measures}
    loose_tasks: list[tuple[int, int, str]] = []
    for n, (tid, name, mid) in enumerate(tasks, start=1):
        by_measure.get(mid, loose_tasks).append((tid, n, name))
    rows: list[RowTuple] = []
    for measure_id, measure_name in measures:
        rows.extend((tid, n, name, measure_name, measure_id)
                    for tid, n, name in by_measure[measure_id])
    loose = tr("raci.no_measure", lang)
    rows.extend((tid, n, name, loose, None) for tid, n, name in loose_tasks)
    return rows


def _rows(session: Session, initiative_id: int, lang: str | None) -> list[GridRow]:
    return [GridRow(*row) for row in row_tuples(session, initiative_id, lang)]


def _member_columns(session: Session, initiative_id: int, lang: str | None) -> list[GridColumn]:
    found = session.execute(
        select(Member.id, Person.name, Department.id, Department.name)
        .join(Person, Person.id == Member.person_id)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(Member.initiative_id == initiative_id)
        .order_by(Department.position.is_(None), Department.position, Department.id,
                  Member.position, Member.id)).all()
    loose = tr("raci.no_department", lang)
    return [GridColumn(member_key(mid), name, dname if did is not None else loose,
                       department_key(did) if did is not None else "")
            for mid, name, did, dname in found]


def relevant_department_ids(session: Session, initiative_id: int) -> set[int]:
    """Departments that take part in an initiative: its members', its goals' lead and
    participating departments, its tasks' departments, and any already holding a letter."""
    ids: set[int] = set()
    ids.update(session.scalars(
        select(Person.department_id).join(Member, Member.person_id == Person.id)
        .where(Member.initiative_id == initiative_id)))
    ids.update(session.scalars(select(Goal.lead_department_id)
                               .where(Goal.initiative_id == initiative_id)))
    ids.update(session.scalars(
        select(goal_departments.c.department_id)
        .join(Goal, Goal.id == goal_departments.c.goal_id)
        .where(Goal.initiative_id == initiative_id)))
    ids.update(session.scalars(select(Task.department_id).distinct()
                               .where(Task.initiative_id == initiative_id)))
    ids.update(session.scalars(
        select(RaciAssignment.department_id).distinct()
        .join(Task, Task.id == RaciAssignment.task_id)
        .where(Task.initiative_id == initiative_id)))
    ids.discard(None)  # type: ignore[arg-type]
    return ids


def department_columns(session: Session, initiative_id: int) -> list[GridColumn]:
    """The departments view's columns, without reading the rest of the grid again."""
    ids = relevant_department_ids(session, initiative_id)
    deps = session.execute(select(Department.id, Department.name).where(Department.id.in_(ids))
                           .order_by(Department.position, Department.id)).all()
    return [GridColumn(department_key(did), name, name, department_key(did))
            for did, name in deps]


def _names(member_cols: list[GridColumn], dep_cols: list[GridColumn]) -> dict[str, str]:
    """Column key → name, for both kinds of column, in the members view's order first."""
    names = {c.key: c.label for c in member_cols}
    names.update({c.key: c.label for c in dep_cols})
    return names


def column_names(session: Session, initiative_id: int, lang: str | None = None
                 ) -> dict[str, str]:
    """The ``names`` of the initiative's grid, without reading its rows and letters."""
    return _names(_member_columns(session, initiative_id, lang),
                  department_columns(session, initiative_id))


def letters_of_tasks(session: Session, initiative_id: int) -> dict[int, list[tuple[str, str]]]:
    """Task id → its (column key, letter) pairs: ``Grid.letters_by_task`` without the grid
    (tasks without a letter are left out)."""
    from app.schedule.loader import connection_of

    rows = connection_of(session).execute(_LETTERS_SQL + " ORDER BY r.task_id",
                                          (initiative_id,))
    return {task_id: [(key, letter) for _t, key, letter in group]
            for task_id, group in groupby(rows, key=_TASK)}


def read_grid(session: Session, initiative_id: int, mode: str = MEMBERS,
              lang: str | None = None) -> Grid:
    if mode not in MODES:
        raise ValueError(mode)
    member_cols = _member_columns(session, initiative_id, lang)
    dep_cols = department_columns(session, initiative_id)
    names = _names(member_cols, dep_cols)
    return Grid(initiative_id, mode, _rows(session, initiative_id, lang),
                member_cols if mode == MEMBERS else dep_cols,
                read_letters(session, initiative_id), names,
                {c.key: c.group_key for c in member_cols if c.group_key})


def load_grid(ws: Workspace, initiative_id: int, mode: str = MEMBERS,
              lang: str | None = None) -> Grid:
    with ws.read() as s:
        return read_grid(s, initiative_id, mode, lang)


def load_letters(ws: Workspace, initiative_id: int) -> dict[Cell, str]:
    """Only the letters: enough to refresh an open grid after a RACI edit."""
    with ws.read() as s:
        return read_letters(s, initiative_id)


def member_letters_by_department(grid: Grid) -> dict[Cell, list[tuple[str, str]]]:
    """(task, department key) → the (member key, letter) pairs of that department's members,
    so the departments view can show what its people already hold."""
    result: dict[Cell, list[tuple[str, str]]] = {}
    for (task_id, key), letter in grid.letters.items():
        dep = grid.member_departments.get(key)
        if dep:
            result.setdefault((task_id, dep), []).append((key, letter))
    return result


# -- changing -----------------------------------------------------------------------------
def clean_letter(value: object) -> str | None:
    """A typed or pasted letter (see ``app.raci.letters``)."""
    return parse_letter(value)


def next_letter(letter: str | None) -> str | None:
    """The click cycle: R → A → C → I → empty → R."""
    if not letter:
        return LETTERS[0]
    index = LETTERS.index(letter)
    return LETTERS[index + 1] if index + 1 < len(LETTERS) else None


def set_cells(ws: Workspace, initiative_id: int,
              changes: Mapping[Cell, str | None]) -> dict[Cell, str | None]:
    """Set or clear a block of cells in one transaction.

    Returns each cell's previous letter (None: empty), so ``set_cells(ws, ini, old)`` undoes
    the change exactly. A cell whose task or column is not part of the initiative, or a value
    that is not a RACI letter, refuses the whole block and stores nothing.
    """
    wanted = {cell: clean_letter(letter) for cell, letter in changes.items()}
    if not wanted:
        return {}
    with ws.write(ChangeArea.RACI) as s:
        _check_cells(s, initiative_id, wanted)
        task_ids = {t for t, _ in wanted}
        existing = {
            (a.task_id, member_key(a.member_id) if a.member_id is not None
             else department_key(a.department_id)): a  # type: ignore[arg-type]
            for a in s.scalars(select(RaciAssignment)
                               .where(RaciAssignment.task_id.in_(task_ids)))}
        old: dict[Cell, str | None] = {}
        for cell, letter in wanted.items():
            row = existing.get(cell)
            old[cell] = row.letter if row is not None else None
            kind, ref = parse_key(cell[1])
            store_letter(s, cell[0], ref if kind == "m" else None, ref if kind == "d" else None,
                         letter, row)
    return old


def store_letter(s: Session, task_id: int, member_id: int | None, department_id: int | None,
                 letter: str | None, found: RaciAssignment | None) -> None:
    """Put a checked ``letter`` (None: no letter) into one cell whose stored row is ``found``
    (None: empty): the one place a letter is written, for the grid and the import alike."""
    if letter is None:
        if found is not None:
            s.delete(found)
    elif found is not None:
        found.letter = letter
    else:
        s.add(RaciAssignment(task_id=task_id, member_id=member_id,
                             department_id=department_id, letter=letter))


def _check_cells(s: Session, initiative_id: int, cells: Iterable[Cell]) -> None:
    cells = list(cells)
    task_ids = set(s.scalars(select(Task.id).where(Task.initiative_id == initiative_id)))
    member_ids = set(s.scalars(select(Member.id).where(Member.initiative_id == initiative_id)))
    dep_ids = set(s.scalars(select(Department.id)))
    for task_id, key in cells:
        kind, ref = parse_key(key)
        known = member_ids if kind == "m" else dep_ids
        if task_id not in task_ids or ref not in known:
            raise ValidationError("error.raci.cell")


# -- the rule and the load ----------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """One broken RACI rule of one task, as a catalogue key with its values."""

    rule: str
    key: str
    fmt: tuple[tuple[str, object], ...] = ()
    column: str = ""  # the cell to show first, if one is to blame

    def message(self, lang: str | None = None) -> str:
        fmt = dict(self.fmt)
        if isinstance(fmt.get("names"), tuple):
            fmt["names"] = list_separator(lang).join(fmt["names"])  # type: ignore[arg-type]
        return tr(self.key, lang, **fmt)


def task_problems(letters: Iterable[tuple[str, str]],
                  names: Mapping[str, str]) -> list[Problem]:
    """THE rule of the method: exactly one A per task, at least one R."""
    letters = list(letters)
    accountable = [k for k, v in letters if v == "A"]
    if len(accountable) > 1:  # in the grid's column order (names are in it)
        order = {k: i for i, k in enumerate(names)}
        accountable.sort(key=lambda k: (order.get(k, len(order)), k))
    problems: list[Problem] = []
    if not accountable:
        problems.append(Problem("raci.one_accountable", "rule.raci.no_accountable"))
    elif len(accountable) > 1:
        who = tuple(names.get(k, k) for k in accountable)
        problems.append(Problem("raci.one_accountable", "rule.raci.many_accountable",
                                (("count", len(accountable)), ("names", who)),
                                column=accountable[1]))
    if not any(v == "R" for _, v in letters):
        problems.append(Problem("raci.responsible", "rule.raci.no_responsible"))
    return problems


@dataclass(frozen=True)
class ColumnLoad:
    responsible: int
    accountable: int
    consulted: int
    informed: int
    heavy: bool  # carries far more R and A than the others

    @property
    def load(self) -> int:
        return self.responsible + self.accountable


def column_loads(grid: Grid) -> dict[str, ColumnLoad]:
    """R/A/C/I counts per shown column, and which columns carry too much.

    A column is heavy when its R + A count is at least 5 and more than twice the average of
    the columns that carry any: the person the whole plan leans on.
    """
    counts = {c.key: [0, 0, 0, 0] for c in grid.columns}
    for (_task, key), letter in grid.letters.items():
        if key in counts:
            counts[key][LETTERS.index(letter)] += 1
    loads = [r + a for r, a, _c, _i in counts.values() if r + a]
    limit = max(5, math.floor(2 * sum(loads) / len(loads)) + 1) if loads else math.inf
    return {key: ColumnLoad(r, a, c, i, r + a >= limit)
            for key, (r, a, c, i) in counts.items()}


# -- Excel's clipboard --------------------------------------------------------------------
def format_block(block: list[list[str]]) -> str:
    """Tab-separated lines, as Excel puts a copied block on the clipboard."""
    return "".join("\t".join(row) + "\n" for row in block)


def parse_block(text: str) -> list[list[str | None]]:
    """Read a tab-separated block copied from Excel into letters (None: empty).

    A cell that is not a RACI letter refuses the whole block, naming where it is.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    block: list[list[str | None]] = []
    for r, line in enumerate(lines, start=1):
        row: list[str | None] = []
        for c, value in enumerate(line.split("\t"), start=1):
            try:
                row.append(clean_letter(value))
            except ValidationError:
                raise ValidationError("error.raci.paste_value", row=r, column=c,
                                      value=value.strip()) from None
        block.append(row)
    return block
