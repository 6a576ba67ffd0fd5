"""Carrying out an import plan: all of it in ONE transaction, or nothing.

Rows are created and changed through the row access layer (``app.forms.rows``), so the checks
and derived values are the ones every editor uses. New tasks, their links and new RACI
letters — the thousands of rows a large import brings — are checked there too but inserted
in bulk statements rather than as ORM objects, which would cost most of the import's time.
What was there before is recorded in an ``UndoRecord``; ``undo_import`` puts it back in one
transaction, which makes the whole import one undo step in the GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from app.backups import backup_before
from app.errors import Cancelled, UserError
from app.excel.existing import PERSON_ATTRS
from app.excel.plan_types import ImportPlan, PlanRow, Status
from app.excel.refs import Ref
from app.excel.sheet_specs import DEPARTMENT_NAME, ORG
from app.forms import field_rules
from app.forms.rows import access
from app.forms.rows.base import clean_scalar, department_by_name
from app.forms.rows.tasks import TaskRows
from app.forms.specs import FORMS, Kind
from app.raci.raci_grid import store_letter
from app.register.models import RegisterItem
from app.store import changes
from app.store.models import Department, Initiative, Person, RaciAssignment, Task, TaskDependency
from app.store.workspace import Workspace

AREAS = changes.IMPORT
FORM_ORDER = ("pain_points", "measures", "goals", "signoffs", "team", "tracking", "evaluation")
_KINDS = {key: {f.key: f.kind for f in form.fields} for key, form in FORMS.items()}
_MODEL_FOR_TABLE = {"departments": Department, "people": Person, "initiatives": Initiative,
                    "register_items": RegisterItem}


@dataclass
class UndoRecord:
    """Enough to put the workspace back as it was before one import."""

    initiative_id: int
    created_initiative: bool = False
    created: list[tuple[str, int]] = field(default_factory=list)  # (form or table, id)
    fields: list[tuple[str, int, str, Any]] = field(default_factory=list)  # form, id, key, old
    people: list[tuple[int, str, Any]] = field(default_factory=list)  # person, attr, old
    # task, member, department, old letter, id of the old letter's row
    raci: list[tuple[int, int | None, int | None, str | None, int | None]] = field(
        default_factory=list
    )


@dataclass
class ImportResult:
    initiative_id: int
    counts: dict[str, int]
    undo: UndoRecord


class _Apply:
    def __init__(
        self,
        s: Session,
        plan: ImportPlan,
        initiative_id: int,
        record: UndoRecord,
        progress: Callable[[int, int], bool] | None,
    ) -> None:
        self.s, self.plan, self.ini, self.record = s, plan, initiative_id, record
        self.ids: dict[int, int] = {}  # plan row index → id of the row it became
        # The rows created, held so the session keeps them (its identity map holds them weakly).
        self.objects: dict[int, Any] = {}
        self.people: dict[str, int] = {}
        self.measures: dict[str, int] = {}
        self.progress = progress
        self.done = 0
        self.positions: dict[str, int] = {}
        self.department_ids: dict[str, int] = {}
        self.raci: dict[tuple[int, int | None, int | None], RaciAssignment] | None = None
        # New tasks as column values, inserted together: (plan row index, columns)
        self.new_tasks: list[tuple[int, dict[str, Any]]] = []
        # New RACI letters by cell, inserted together; a cell given twice keeps its last letter
        self.new_letters: dict[tuple[int, int | None, int | None], str] = {}
        self.checked: dict[tuple[str, object], int | None] = {}  # references found, for new tasks

    def tick(self) -> None:
        self.done += 1
        if (
            self.progress is not None
            and self.done % 200 == 0
            and not self.progress(self.done, len(self.plan.rows))
        ):
            raise Cancelled()

    # -- references --------------------------------------------------------------------
    def ref_id(self, ref: Ref | None) -> int | None:
        if ref is None:
            return None
        if ref.id is not None:
            return ref.id
        if ref.row is not None:
            return self.ids[ref.row]
        assert ref.name is not None
        return self.measures.get(ref.name) or self.people[ref.name]

    def person_id(self, ref: Ref | None) -> int | None:
        if ref is None:
            return None
        return ref.id if ref.id is not None else self.people[ref.name or ""]

    def resolved(self, form: str, values: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        kinds = _KINDS[form]
        for key, value in values.items():
            kind = kinds.get(key)
            if kind is None:  # not a field: the plan's own notes, e.g. "_person"
                continue
            if kind is Kind.PERSON:
                out[key] = self.person_id(value)
            elif kind is Kind.MEASURE:
                out[key] = (
                    self.measures[value.name]
                    if value is not None and value.name
                    else (self.ref_id(value))
                )
            elif kind is Kind.PAIN_POINTS:
                out[key] = [self.ref_id(r) for r in value]
            elif kind is Kind.PREDECESSORS:
                out[key] = [(self.ref_id(r), lag) for r, lag in value]
            elif kind is Kind.DEPARTMENT:
                out[key] = value or None
            else:
                out[key] = value
        return out

    # -- steps -------------------------------------------------------------------------
    def departments(self) -> None:
        last = self.s.scalar(select(func.max(Department.position))) or 0
        for i, name in enumerate(self.plan.new_departments, start=1):
            dep = Department(name=clean_scalar(DEPARTMENT_NAME, name), position=last + i)
            self.s.add(dep)
            self.s.flush()
            self.record.created.append(("departments", dep.id))

    def new_people(self) -> None:
        for name, dep in self.plan.new_people.items():
            person = Person(name=clean_scalar(ORG.field("name"), name))
            person.department = department_by_name(self.s, dep)
            self.s.add(person)
            self.s.flush()
            self.people[name] = person.id
            self.record.created.append(("people", person.id))

    def org_row(self, row: PlanRow) -> None:
        pid = (
            row.target_id
            if row.target_id is not None
            else self.people.get(row.values.get("name", ""))
        )
        if pid is None:
            return
        person = self.s.get(Person, pid)
        assert person is not None
        for key in row.changes if row.target_id is not None else list(row.values):
            value = row.values.get(key)
            if key == "department":
                if row.target_id is not None:
                    self.record.people.append((pid, "department_id", person.department_id))
                person.department = department_by_name(self.s, value)
            elif key in PERSON_ATTRS and key != "name":
                if row.target_id is not None:
                    self.record.people.append((pid, key, getattr(person, key)))
                setattr(person, key, clean_scalar(ORG.field(key), value))

    def next_position(self, form: str) -> int:
        """The position of the next row created at the end of ``form``."""
        if form not in self.positions:
            model: Any = access(form).model
            last = self.s.scalar(
                select(func.max(model.position)).where(model.initiative_id == self.ini)
            )
            self.positions[form] = last or 0
        self.positions[form] += 1
        return self.positions[form]

    def create(self, form: str, values: dict[str, Any]) -> Any:
        """A new row at the end of its form, through the row access layer's own
        ``new_object`` and ``write`` (so its checks apply), flushed with the form's other new
        rows instead of one by one."""
        acc = access(form)
        obj = acc.new_object(self.s, self.ini, values)
        obj.position = self.next_position(form)
        self.s.add(obj)
        for key, value in values.items():
            if key in acc.spec.keys and key not in acc.set_on_new:
                acc.write(self.s, obj, key, value)
        return obj

    def form_row(
        self,
        index: int,
        row: PlanRow,
        later: list[tuple[int, dict[str, Any]]],
        created: list[tuple[int, Any]],
    ) -> None:
        acc = access(row.form)
        given = dict(row.values)
        if row.form == "tracking" and "predecessors" in given:
            later.append((index, {"predecessors": given.pop("predecessors")}))
        values = self.resolved(row.form, given)
        if row.status is Status.NEW:
            if row.form == "team":
                pid = row.values.get("_person") or self.people[row.values["name"]]
                values = {"person_id": pid, **{k: v for k, v in values.items() if k != "name"}}
            if row.form == "tracking":
                columns = _TASKS.new_columns(self.s, self.ini, values, self.checked)
                columns["position"] = self.next_position("tracking")
                self.new_tasks.append((index, columns))
                return
            created.append((index, self.create(row.form, values)))
            return
        assert row.target_id is not None
        self.ids[index] = row.target_id
        if row.status is Status.UPDATE:
            obj = self.s.get(acc.model, row.target_id)
            written = tuple(key for key in row.changes if key in values)
            for key in written:
                self.record.fields.append((row.form, obj.id, key, acc.read(self.s, obj, key, None)))
                acc.write(self.s, obj, key, values[key], rules=False)
            # The rules between fields, once the row's new values are all in: a start and a
            # finish moved together are never compared half-way.
            acc.check_rules(self.s, obj, written)

    def new_measures(self) -> None:
        for name in self.plan.new_measures:
            obj = self.create("measures", {"name": name})
            self.s.flush()
            self.measures[name] = obj.id
            self.record.created.append(("measures", obj.id))

    def raci_row(self, row: PlanRow) -> None:
        self.letters()
        task_id = self.ref_id(row.values["task"])
        columns = {c.index: c for c in self.plan.raci_columns[row.sheet]}
        for index, letter in row.raci.items():
            col = columns[index]
            member = self.ref_id(col.member) if col.member is not None else None
            dep = self.department_ids.get(col.department) if col.department else None
            cell = (task_id, member, dep)
            found = self.letters().get(cell)  # type: ignore[arg-type]
            old = found.letter if found is not None else self.new_letters.get(cell)  # type: ignore[arg-type]
            if old == letter:
                continue
            self.record.raci.append(
                (
                    task_id,
                    member,
                    dep,
                    old,  # type: ignore[arg-type]
                    found.id if found is not None else None,
                )
            )
            if found is not None:
                if letter is None:
                    del self.letters()[cell]  # type: ignore[arg-type]
                store_letter(self.s, task_id, member, dep, letter, found)  # type: ignore[arg-type]
            elif letter is None:
                del self.new_letters[cell]  # type: ignore[arg-type]
            else:
                self.new_letters[cell] = letter  # type: ignore[index]

    def letters(self) -> dict[tuple[int, int | None, int | None], RaciAssignment]:
        """Every RACI letter of the initiative, read once."""
        if self.raci is None:
            task_ids = select(Task.id).where(Task.initiative_id == self.ini)
            found = self.s.scalars(
                select(RaciAssignment).where(RaciAssignment.task_id.in_(task_ids))
            )
            self.raci = {(a.task_id, a.member_id, a.department_id): a for a in found}
            self.department_ids = dict(self.s.execute(select(Department.name, Department.id)).all())
        return self.raci

    def run(self) -> None:
        self.departments()
        self.new_people()
        rows = self.plan.rows
        for row in rows:
            if row.form == "org":
                self.org_row(row)
                self.tick()
        self.s.flush()
        later: list[tuple[int, dict[str, Any]]] = []
        for form in FORM_ORDER:
            if form == "tracking":
                self.new_measures()
            created: list[tuple[int, Any]] = []
            for i, row in enumerate(rows):
                if row.form == form and row.status is not Status.ERROR:
                    self.form_row(i, row, later, created)
                    self.tick()
            self.s.flush()
            for i, obj in created:
                self.ids[i] = obj.id
                self.record.created.append((form, obj.id))
                self.objects[i] = obj
            if form == "tracking":
                self.insert_tasks()
        self.predecessors(later)
        for row in rows:
            if row.form == "raci" and row.status in (Status.NEW, Status.UPDATE):
                self.raci_row(row)
                self.tick()
        self.s.flush()
        if self.new_letters:
            self.s.execute(
                insert(RaciAssignment.__table__),
                [
                    {"task_id": t, "member_id": m, "department_id": d, "letter": letter}
                    for (t, m, d), letter in self.new_letters.items()
                ],
            )

    def insert_tasks(self) -> None:
        """The new tasks in one INSERT … RETURNING, their ids in the plan's order. Into the
        table itself, like the links and letters: the ORM's bulk insert costs three times more
        per row, and nothing here needs ORM objects (the session has none of these rows)."""
        if not self.new_tasks:
            return
        columns = [c for _, c in self.new_tasks]
        starts = [c["planned_start"] for c in columns]
        finishes = [c["planned_finish"] for c in columns]
        for i in field_rules.backwards_rows(starts, finishes):
            raise field_rules.planned_dates_error(starts[i], finishes[i])
        ids = self.s.scalars(
            insert(Task.__table__).returning(Task.id, sort_by_parameter_order=True),
            [columns for _, columns in self.new_tasks],
        ).all()
        for (index, _), task_id in zip(self.new_tasks, ids, strict=True):
            self.ids[index] = task_id
            self.record.created.append(("tracking", task_id))

    def predecessors(self, later: list[tuple[int, dict[str, Any]]]) -> None:
        """Links of the tasks, once every task has an id: a new task's links are checked
        by the row layer's rules and inserted together; a changed task's through ``write``.
        Then the rule against loops, once, on every task given links."""
        acc = access("tracking")
        links: list[dict[str, int]] = []
        in_initiative: set[int] | None = None
        linked: list[int] = []
        for index, values in later:
            row = self.plan.rows[index]
            given = [(self.ref_id(r), lag) for r, lag in values["predecessors"]]
            if row.status is Status.NEW:
                if in_initiative is None:
                    in_initiative = set(
                        self.s.scalars(select(Task.id).where(Task.initiative_id == self.ini))
                    )
                task_id = self.ids[index]
                pairs = [(int(a), int(b)) for a, b in given]  # type: ignore[arg-type]
                checked = _TASKS.checked_links(task_id, pairs, in_initiative.__contains__)
                links += [
                    {"task_id": task_id, "predecessor_id": p, "lag_days": lag}
                    for p, lag in checked.items()
                ]
                if checked:
                    linked.append(task_id)
                continue
            if "predecessors" not in row.changes:
                continue
            obj = self.s.get(acc.model, self.ids[index])
            self.record.fields.append(
                ("tracking", obj.id, "predecessors", acc.read(self.s, obj, "predecessors", None))
            )
            acc.write(self.s, obj, "predecessors", given, rules=False)
            linked.append(obj.id)
        if links:
            self.s.execute(insert(TaskDependency.__table__), links)
        if linked:
            self.s.flush()
            graph = field_rules.links_graph(self.s, self.ini)
            loops = field_rules.predecessor_loops(graph, linked)
            if loops:
                loop = next(iter(loops.values()))
                raise field_rules.loop_error(loop, field_rules.task_names(self.s, loop).__getitem__)


_TASKS = access("tracking")
assert isinstance(_TASKS, TaskRows)


def apply_plan(
    ws: Workspace, plan: ImportPlan, progress: Callable[[int, int], bool] | None = None
) -> ImportResult:
    """Carry out ``plan`` in one transaction. Refused while any row has an error."""
    if plan.has_errors:
        raise UserError("excel.error.has_errors", n=len(plan.error_rows))
    backup_before(ws, "import")  # an import regretted later can also be undone from Backups
    with ws.write(AREAS) as s:
        if plan.new_initiative is not None:
            last = s.scalar(select(func.max(Initiative.position))) or 0
            ini = Initiative(
                name=clean_scalar(FORMS["goals"].field("name"), plan.new_initiative),
                position=last + 1,
            )
            s.add(ini)
            s.flush()
            record = UndoRecord(ini.id, created_initiative=True)
        else:
            if plan.initiative_id is None or s.get(Initiative, plan.initiative_id) is None:
                raise UserError("error.initiative.missing", id=plan.initiative_id)
            record = UndoRecord(plan.initiative_id)
        with s.no_autoflush:
            applier = _Apply(s, plan, record.initiative_id, record, progress)
            applier.run()
        from app.register.excel_io import apply_rows

        apply_rows(s, plan, record.initiative_id, record, applier.ids)
    return ImportResult(record.initiative_id, plan.counts(), record)


def undo_import(ws: Workspace, record: UndoRecord) -> None:
    """Put back what one import changed, in one transaction."""
    with ws.write(AREAS) as s:
        _undo_letters(s, record.raci)
        for form, row_id, key, old in reversed(record.fields):
            if form == "register":
                from app.register.excel_io import undo_field

                undo_field(s, row_id, key, old)
                continue
            acc = access(form)
            obj = s.get(acc.model, row_id)
            if obj is not None:
                acc.write(s, obj, key, old, rules=False)  # as it was, kept rules or not
        for person_id, attr, old in reversed(record.people):
            person = s.get(Person, person_id)
            if person is not None:
                setattr(person, attr, old)
        s.flush()
        created = list(reversed(record.created))
        tasks = [row_id for table, row_id in created if table == "tracking"]
        # Tasks go first and together: nothing an import creates refers to a task, and the
        # database's cascades take their links and letters with them.
        for start in range(0, len(tasks), 500):
            s.execute(delete(Task.__table__).where(Task.id.in_(tasks[start : start + 500])))
        for table, row_id in created:
            if table == "tracking":
                continue
            model = _MODEL_FOR_TABLE.get(table) or access(table).model
            obj = s.get(model, row_id)
            if obj is not None:
                s.delete(obj)
            s.flush()
        if record.created_initiative:
            ini = s.get(Initiative, record.initiative_id)
            if ini is not None:
                s.delete(ini)


def _undo_letters(
    s: Session, changes: list[tuple[int, int | None, int | None, str | None, int | None]]
) -> None:
    """Each RACI cell an import touched gets back the letter (and row id) it had before the
    first change, in a few statements: an import of 10,000 tasks leaves 20,000 letters."""
    before: dict[tuple[int, int | None, int | None], tuple[str | None, int | None]] = {}
    for task_id, member, dep, old, old_id in changes:
        before.setdefault((task_id, member, dep), (old, old_id))
    if not before:
        return
    table: Any = RaciAssignment.__table__
    cells = [{"t": t, "m": m, "d": d} for t, m, d in before]
    by_member = [c for c in cells if c["m"] is not None]
    by_department = [c for c in cells if c["m"] is None]
    if by_member:
        s.execute(
            delete(table).where(
                table.c.task_id == bindparam("t"), table.c.member_id == bindparam("m")
            ),
            by_member,
        )
    if by_department:
        s.execute(
            delete(table).where(
                table.c.task_id == bindparam("t"), table.c.department_id == bindparam("d")
            ),
            by_department,
        )
    letters = [
        {"id": old_id, "task_id": t, "member_id": m, "department_id": d, "letter": old}
        for (t, m, d), (old, old_id) in before.items()
        if old is not None
    ]
    if letters:
        s.execute(insert(table), letters)
