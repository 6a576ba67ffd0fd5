"""Everything an export needs, read from the workspace in one short session.

Rows come from the row access layer (``app.forms.rows``), so the derived values in the file are
the ones every view shows. Related rows are loaded up front so that 10,000 tasks cost a
handful of queries, not one per task.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import UserError
from app.forms.rows import access
from app.forms.rows.base import Row
from app.store.migrations import WORKSPACE_ID
from app.store.models import (
    Department,
    Initiative,
    Measure,
    Member,
    PainPoint,
    Person,
    RaciAssignment,
    Setting,
    Task,
)
from app.store.workspace import Workspace


@dataclass
class RaciColumn:
    header: str
    member_id: int | None = None
    department_id: int | None = None


@dataclass
class OrgRow:
    department: str
    person_id: int | None = None
    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    chat: str = ""


@dataclass
class ExportData:
    initiative: str = ""
    initiative_id: int | None = None
    workspace_id: str = ""  # the workspace's file ID, stamped on the workbook
    organisation: str = ""
    rows: dict[str, list[Row]] = field(default_factory=dict)
    raci_tasks: list[tuple[int, int, str]] = field(default_factory=list)  # id, number, name
    raci_columns: list[RaciColumn] = field(default_factory=list)
    # task id → {(member id, department id): letter}
    raci: dict[int, dict[tuple[int | None, int | None], str]] = field(default_factory=dict)
    org: list[OrgRow] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)

    def count(self) -> int:
        return sum(len(r) for r in self.rows.values()) + len(self.org) + len(self.raci_tasks)


def _preload(s: Session, initiative_id: int) -> None:
    """Fill the session's identity map so the row access layer finds related rows there."""
    list(s.scalars(select(Department)))
    list(s.scalars(select(Person)))
    list(
        s.scalars(
            select(Task)
            .where(Task.initiative_id == initiative_id)
            .options(selectinload(Task.predecessor_links))
        )
    )
    list(
        s.scalars(
            select(PainPoint)
            .where(PainPoint.initiative_id == initiative_id)
            .options(selectinload(PainPoint.departments), selectinload(PainPoint.measures))
        )
    )
    list(
        s.scalars(
            select(Measure)
            .where(Measure.initiative_id == initiative_id)
            .options(selectinload(Measure.pain_points))
        )
    )
    list(s.scalars(select(Member).where(Member.initiative_id == initiative_id)))


def _org(s: Session) -> list[OrgRow]:
    deps = list(s.scalars(select(Department).order_by(Department.position, Department.id)))
    people = list(s.scalars(select(Person).order_by(Person.name, Person.id)))
    by_dep: dict[int | None, list[Person]] = {}
    for p in people:
        by_dep.setdefault(p.department_id, []).append(p)
    result: list[OrgRow] = []

    def person_row(dep: str, p: Person) -> OrgRow:
        return OrgRow(dep, p.id, p.name, p.title, p.phone, p.email, p.chat)

    for d in deps:
        members = by_dep.get(d.id, [])
        result.extend(person_row(d.name, p) for p in members)
        if not members:
            result.append(OrgRow(d.name))
    result.extend(person_row("", p) for p in by_dep.get(None, []))
    return result


def _raci(s: Session, initiative_id: int, data: ExportData) -> None:
    tasks = s.execute(
        select(Task.id, Task.name)
        .where(Task.initiative_id == initiative_id)
        .order_by(Task.position, Task.id)
    )
    data.raci_tasks = [(tid, i + 1, name) for i, (tid, name) in enumerate(tasks)]
    members = list(
        s.scalars(
            select(Member)
            .where(Member.initiative_id == initiative_id)
            .order_by(Member.position, Member.id)
        )
    )
    data.raci_columns = [RaciColumn(m.person.name, member_id=m.id) for m in members]
    task_ids = select(Task.id).where(Task.initiative_id == initiative_id)
    found = s.scalars(select(RaciAssignment).where(RaciAssignment.task_id.in_(task_ids)))
    dep_ids: set[int] = set()
    for a in found:
        data.raci.setdefault(a.task_id, {})[(a.member_id, a.department_id)] = a.letter
        if a.department_id is not None:
            dep_ids.add(a.department_id)
    if dep_ids:
        deps = s.scalars(
            select(Department)
            .where(Department.id.in_(dep_ids))
            .order_by(Department.position, Department.id)
        )
        data.raci_columns += [RaciColumn(d.name, department_id=d.id) for d in deps]


def gather(
    ws: Workspace,
    initiative_id: int | None,
    form_keys: list[str],
    lang: str | None,
    today: dt.date | None = None,
) -> ExportData:
    data = ExportData()
    with ws.read() as s:
        data.organisation = (
            s.scalar(select(Setting.value).where(Setting.key == "organisation")) or ""
        )
        data.workspace_id = (
            s.scalar(select(Setting.value).where(Setting.key == WORKSPACE_ID)) or ""
        )
        data.departments = list(
            s.scalars(select(Department.name).order_by(Department.position, Department.id))
        )
        data.people = sorted(set(s.scalars(select(Person.name))))
        if initiative_id is None:
            return data
        ini = s.get(Initiative, initiative_id)
        if ini is None:
            raise UserError("error.initiative.missing", id=initiative_id)
        data.initiative = ini.name
        data.initiative_id = ini.id
        data.measures = list(
            s.scalars(
                select(Measure.name)
                .where(Measure.initiative_id == initiative_id)
                .order_by(Measure.position, Measure.id)
            )
        )
        _preload(s, initiative_id)
        for key in form_keys:
            if key == "raci":
                _raci(s, initiative_id, data)
            elif key == "org":
                data.org = _org(s)
            else:
                data.rows[key] = access(key).rows(s, initiative_id, lang, today)
    return data
