"""What the register's views, prints, exports and the command line read: the list's rows
(with each item's clock worked out once, in ``clocks``) and one item's full record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import UsageError, UserError
from app.i18n import tr
from app.register import clocks
from app.register import fields as fl
from app.register import kinds as k
from app.register.models import (
    RegisterAgendaItem,
    RegisterAsk,
    RegisterAttendee,
    RegisterDepartment,
    RegisterItem,
    RegisterItemLink,
    RegisterOutcome,
    RegisterTaskLink,
)
from app.schedule.calendar import WorkCalendar
from app.schedule.loader import connection_of, load_calendar
from app.store.models import Department, Person, Task
from app.store.workspace import Workspace


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register list. ``opened`` and ``due`` are naive local date-times."""

    id: int
    initiative_id: int
    number: str  # "WT-007"
    kind: str
    title: str
    status: str
    urgency: str | None
    opened: dt.datetime | None
    due: dt.datetime | None
    overdue: bool
    running: bool  # something is still owed
    due_text: str
    owner_id: int | None
    owner: str
    department_id: int | None
    department: str
    tasks: tuple[int, ...]

    def as_json(self) -> dict[str, object]:
        def iso(value: dt.datetime | None) -> str | None:
            return value.isoformat(timespec="minutes") if value is not None else None

        return {"id": self.id, "number": self.number, "kind": self.kind, "title": self.title,
                "status": self.status, "urgency": self.urgency, "opened": iso(self.opened),
                "due": iso(self.due), "overdue": self.overdue, "owner": self.owner or None,
                "department": self.department or None, "tasks": list(self.tasks)}


def clock_of(cal: WorkCalendar, item: RegisterItem, now: dt.datetime) -> clocks.Clock:
    return clocks.item_clock(cal, clocks.ClockInput(
        item.kind, item.status, item.opened_at, item.ends_at, item.due_at, item.sent_at,
        item.urgency, item.answer, item.decision), now)


def calendar_of(s: Session) -> WorkCalendar:
    return load_calendar(connection_of(s))


def rows_in(s: Session, initiative_id: int | None, now: dt.datetime,
            lang: str | None = None, kind: str | None = None) -> list[RegisterRow]:
    cal = calendar_of(s)
    q = select(RegisterItem)
    if initiative_id is not None:
        q = q.where(RegisterItem.initiative_id == initiative_id)
    if kind is not None:
        q = q.where(RegisterItem.kind == kind)
    items = list(s.scalars(q.order_by(RegisterItem.initiative_id, RegisterItem.kind,
                                      RegisterItem.number)))
    people = dict(s.execute(select(Person.id, Person.name)).all())
    departments = dict(s.execute(select(Department.id, Department.name)).all())
    links: dict[int, list[int]] = {}
    for item_id, task_id in s.execute(select(RegisterTaskLink.item_id, RegisterTaskLink.task_id)
                                      .order_by(RegisterTaskLink.task_id)):
        links.setdefault(item_id, []).append(task_id)
    kind_order = {kd.value: i for i, kd in enumerate(k.Kind)}
    items.sort(key=lambda it: (it.initiative_id, kind_order[it.kind], it.number))
    rows = []
    for it in items:
        clock = clock_of(cal, it, now)
        rows.append(RegisterRow(
            it.id, it.initiative_id, k.number_text(it.kind, it.number), it.kind, it.title,
            it.status, it.urgency if it.kind == k.Kind.PROBLEM else None, it.opened_at,
            clock.due, clock.overdue, clock.running, clocks.due_text(cal, clock, now, lang),
            it.owner_id, people.get(it.owner_id, "") if it.owner_id else "",
            it.department_id, departments.get(it.department_id, "") if it.department_id else "",
            tuple(links.get(it.id, ()))))
    return rows


def register_rows(ws: Workspace, initiative_id: int | None, now: dt.datetime | None = None,
                  lang: str | None = None, kind: str | None = None) -> list[RegisterRow]:
    """The register list: every item of an initiative (or of all, with None), by kind and
    number, each with its due, whether it is overdue and its due text."""
    with ws.read() as s:
        return rows_in(s, initiative_id, now or clocks.now(), lang, kind)


def overdue_count(ws: Workspace, initiative_id: int | None, now: dt.datetime | None = None) -> int:
    return sum(r.overdue for r in register_rows(ws, initiative_id, now))


@dataclass
class ItemRecord:
    """Everything about one item: its fields by key (``fields.FIELDS``; people,
    departments and tasks as ids, with their names in ``names``), its rows, links and clock."""

    row: RegisterRow
    values: dict[str, Any]
    attendees: list[dict[str, Any]] = field(default_factory=list)
    agenda: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    asks: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[tuple[int, str]] = field(default_factory=list)  # (task id, name)
    items: list[tuple[int, str, str]] = field(default_factory=list)  # (id, number, title)
    people: dict[int, str] = field(default_factory=dict)
    departments: dict[int, str] = field(default_factory=dict)
    people_departments: dict[int, str] = field(default_factory=dict)  # person → department
    numbers: dict[int, str] = field(default_factory=dict)  # the initiative's items: id → number
    task_names: dict[int, str] = field(default_factory=dict)  # the initiative's tasks
    extra_due: dict[str, dt.datetime | None] = field(default_factory=dict)

    def name_of(self, person_id: int | None) -> str:
        return self.people.get(person_id, "") if person_id else ""


def _dicts(rows: list[Any], columns: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{c: getattr(r, c) for c in ("id", *columns)} for r in rows]


def record_in(s: Session, item_id: int, now: dt.datetime, lang: str | None = None) -> ItemRecord:
    item = s.get(RegisterItem, item_id)
    if item is None:
        raise UserError("error.register.missing")
    row = next(r for r in rows_in(s, item.initiative_id, now, lang, item.kind) if r.id == item_id)
    values: dict[str, Any] = {}
    deps = list(s.execute(select(RegisterDepartment.role, RegisterDepartment.department_id)
                          .where(RegisterDepartment.item_id == item_id)
                          .order_by(RegisterDepartment.department_id)))
    for f in fl.fields_of(item.kind):
        if f.type == "departments":
            values[f.key] = [d for role, d in deps if role == f.role]
        else:
            values[f.key] = getattr(item, f.attr)
    rec = ItemRecord(row, values)
    rec.people = dict(s.execute(select(Person.id, Person.name)).all())
    rec.departments = dict(s.execute(select(Department.id, Department.name)).all())
    rec.people_departments = {pid: rec.departments.get(dep, "") for pid, dep in s.execute(
        select(Person.id, Person.department_id)) if dep is not None}
    rec.numbers = {i: k.number_text(kd, n) for i, kd, n in s.execute(
        select(RegisterItem.id, RegisterItem.kind, RegisterItem.number)
        .where(RegisterItem.initiative_id == item.initiative_id))}
    rec.task_names = dict(s.execute(select(Task.id, Task.name)
                                    .where(Task.initiative_id == item.initiative_id)).all())

    def children(model: Any) -> list[Any]:
        return list(s.scalars(select(model).where(model.item_id == item_id)
                              .order_by(model.position, model.id)))

    rec.attendees = _dicts(children(RegisterAttendee),
                           ("person_id", "present", "confirmed", "confirmed_on"))
    rec.agenda = _dicts(children(RegisterAgendaItem), (
        "title", "presenter_id", "minutes_planned", "discussion", "disagreements"))
    rec.outcomes = _dicts(children(RegisterOutcome),
                          ("kind", "text", "owner_id", "due", "done", "task_id", "agenda_id"))
    rec.asks = _dicts(children(RegisterAsk), ("department_id", "need", "by_date", "owner_id"))
    rec.tasks = [(tid, name) for tid, name in s.execute(
        select(Task.id, Task.name).join(RegisterTaskLink, RegisterTaskLink.task_id == Task.id)
        .where(RegisterTaskLink.item_id == item_id).order_by(Task.position, Task.id))]
    others = [b if a == item_id else a for a, b in s.execute(
        select(RegisterItemLink.item_id, RegisterItemLink.other_id).where(
            or_(RegisterItemLink.item_id == item_id, RegisterItemLink.other_id == item_id)))]
    for other in sorted(others):
        o = s.get(RegisterItem, other)
        if o is not None:
            rec.items.append((o.id, k.number_text(o.kind, o.number), o.title))
    if item.kind == k.Kind.PROBLEM:
        rec.extra_due["discussion"] = clocks.discussion_due(item.opened_at)
    return rec


def item_record(ws: Workspace, item_id: int, now: dt.datetime | None = None,
                lang: str | None = None) -> ItemRecord:
    with ws.read() as s:
        return record_in(s, item_id, now or clocks.now(), lang)


def find_item(ws: Workspace, number: str, initiative_id: int | None = None) -> int:
    """The id of the item numbered ``number`` (``WT-007``). With several initiatives
    holding that number, ``initiative_id`` must say which."""
    parsed = k.parse_number(number)
    if parsed is None:
        raise UsageError("error.register.bad_number_text", value=number)
    kind, n = parsed
    with ws.read() as s:
        q = select(RegisterItem.id, RegisterItem.initiative_id).where(
            RegisterItem.kind == kind.value, RegisterItem.number == n)
        if initiative_id is not None:
            q = q.where(RegisterItem.initiative_id == initiative_id)
        found = s.execute(q).all()
    if not found:
        raise UsageError("error.register.no_such_number", number=k.number_text(kind, n))
    if len(found) > 1:
        raise UsageError("error.register.ambiguous_number", number=k.number_text(kind, n))
    return int(found[0][0])


def label(choice: str, value: str | None, lang: str | None = None) -> str:
    return tr(k.label_key(choice, value), lang) if value else ""
