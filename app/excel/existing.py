"""What the workspace holds already, read once, so the plan can tell new from update
from unchanged without touching the database per row."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.excel.gather import _preload
from app.forms.rows import access
from app.forms.rows.base import Row
from app.store.models import Department, Member, Person, RaciAssignment, Task
from app.store.workspace import Workspace

FORM_KEYS = ("goals", "signoffs", "team", "pain_points", "measures", "tracking", "evaluation")
PERSON_ATTRS = ("name", "title", "phone", "email", "chat")


@dataclass
class Existing:
    departments: dict[str, int] = field(default_factory=dict)
    department_names: dict[int, str] = field(default_factory=dict)
    people: dict[str, list[int]] = field(default_factory=dict)  # name → person ids
    person: dict[int, dict[str, Any]] = field(default_factory=dict)  # id → fields
    rows: dict[str, dict[int, Row]] = field(default_factory=dict)  # form → id → row
    order: dict[str, list[int]] = field(default_factory=dict)  # form → ids in form order
    member_person: dict[int, int] = field(default_factory=dict)  # member id → person id
    raci: dict[int, dict[tuple[int | None, int | None], str]] = field(default_factory=dict)
    # Set for a workbook of another workspace: a name alone does not make the same person.
    strict_departments: bool = False

    def by_number(self, form: str, number: int) -> int | None:
        ids = self.order.get(form, [])
        return ids[number - 1] if 1 <= number <= len(ids) else None

    def find(self, form: str, key: str, value: object) -> list[int]:
        return [rid for rid, r in self.rows.get(form, {}).items() if r.values.get(key) == value]

    def member_by_name(self, name: str) -> int | None:
        for mid, pid in self.member_person.items():
            if self.person[pid]["name"] == name:
                return mid
        return None

    def pick_person(
        self, name: str, department: str | None = None, prefer: Iterable[int] = ()
    ) -> int | None:
        """The person called ``name``: the one in ``department`` or on the team when the
        name is shared, else the first. With ``strict_departments`` a name given with a
        department is only the person of that department."""
        ids = self.people.get(name, [])
        if self.strict_departments and department:
            return next((i for i in ids if self.person[i]["department"] == department), None)
        if len(ids) <= 1:
            return ids[0] if ids else None
        if department:
            same = [i for i in ids if self.person[i]["department"] == department]
            if same:
                return same[0]
        preferred = set(prefer)
        return next((i for i in ids if i in preferred), ids[0])


def load(ws: Workspace, initiative_id: int | None) -> Existing:
    ex = Existing()
    with ws.read() as s:
        for d in s.scalars(select(Department)):
            ex.departments[d.name] = d.id
            ex.department_names[d.id] = d.name
        for p in s.scalars(select(Person).order_by(Person.id)):
            ex.people.setdefault(p.name, []).append(p.id)
            ex.person[p.id] = {a: getattr(p, a) for a in PERSON_ATTRS}
            ex.person[p.id]["department"] = ex.department_names.get(p.department_id or -1)
        if initiative_id is None:
            return ex
        _preload(s, initiative_id)
        for form in FORM_KEYS:
            rows = access(form).rows(s, initiative_id)
            ex.rows[form] = {r.id: r for r in rows}
            ex.order[form] = [r.id for r in rows]
        ex.member_person = dict(
            s.execute(
                select(Member.id, Member.person_id).where(Member.initiative_id == initiative_id)
            ).all()
        )
        task_ids = select(Task.id).where(Task.initiative_id == initiative_id)
        for a in s.scalars(select(RaciAssignment).where(RaciAssignment.task_id.in_(task_ids))):
            ex.raci.setdefault(a.task_id, {})[(a.member_id, a.department_id)] = a.letter
    return ex
