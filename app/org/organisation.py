"""Departments and people, kept once per workspace and picked from lists by every form."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from app.errors import ValidationError
from app.forms import validation as v
from app.forms.rows.base import clean_scalar
from app.forms.specs import FieldSpec, Kind
from app.store import changes, row_snapshots
from app.store.changes import ChangeArea
from app.store.models import Department, Member, Person
from app.store.workspace import Workspace

_DEPT = FieldSpec("name", "field.department.name", Kind.TEXT, required=True, max_len=200)
_PERSON = FieldSpec("name", "field.person.name", Kind.TEXT, required=True, max_len=200)


def departments(ws: Workspace) -> list[Department]:
    with ws.read() as s:
        return list(s.scalars(select(Department).order_by(Department.position, Department.id)))


def department_names(ws: Workspace) -> list[str]:
    return [d.name for d in departments(ws)]


def people(ws: Workspace) -> list[Person]:
    with ws.read() as s:
        found = s.scalars(select(Person).order_by(Person.name, Person.id))
        result = list(found)
        for p in result:
            _ = p.department  # load before the session closes
        return result


def team_people(ws: Workspace, initiative_id: int) -> list[int]:
    """The people of an initiative's team (Form 2), in the form's order: who is invited to
    its meetings."""
    with ws.read() as s:
        return list(s.scalars(select(Member.person_id).where(Member.initiative_id == initiative_id)
                              .order_by(Member.position, Member.id)))


def _check_unique(s: object, name: str, except_id: int | None = None) -> None:
    stmt = select(Department.id).where(Department.name == name)
    found = s.scalar(stmt)  # type: ignore[attr-defined]
    if found is not None and found != except_id:
        raise ValidationError("error.value.duplicate_department", value=name)


def add_department(ws: Workspace, name: str) -> int:
    name = v.clean_text(_DEPT, name)
    with ws.write(ChangeArea.ORG) as s:
        _check_unique(s, name)
        last = s.scalar(select(func.max(Department.position))) or 0
        dep = Department(name=name, position=last + 1)
        s.add(dep)
        s.flush()
        return dep.id


def add_departments(ws: Workspace, names: Iterable[str]) -> list[int]:
    """Add several departments at once (a pasted list), in one transaction; names the
    workspace has already are skipped, not refused. Returns the ids of those added."""
    wanted: list[str] = []
    for name in names:
        clean = v.clean_text(_DEPT, name)
        if clean not in wanted:
            wanted.append(clean)
    with ws.write(ChangeArea.ORG) as s:
        known = set(s.scalars(select(Department.name)))
        last = s.scalar(select(func.max(Department.position))) or 0
        added = []
        for name in wanted:
            if name in known:
                continue
            last += 1
            dep = Department(name=name, position=last)
            s.add(dep)
            s.flush()
            added.append(dep.id)
        return added


def delete_departments(ws: Workspace, ids: Iterable[int]) -> list[row_snapshots.Snapshot]:
    """Delete departments in one transaction; the snapshots put them back (``restore_all``)."""
    with ws.write(changes.DEPARTMENT_USES) as s:
        snaps = [row_snapshots.take(s, "departments", dep_id) for dep_id in ids]
        for dep_id in ids:
            s.delete(s.get(Department, dep_id))
        return snaps


def restore_all(ws: Workspace, snaps: Iterable[row_snapshots.Snapshot]) -> None:
    with ws.write(changes.DEPARTMENT_USES) as s:
        for snap in snaps:
            row_snapshots.restore(s, snap)


def rename_department(ws: Workspace, dep_id: int, name: str) -> str:
    name = v.clean_text(_DEPT, name)
    with ws.write(changes.DEPARTMENT_USES) as s:
        dep = s.get(Department, dep_id)
        if dep is None:
            raise ValidationError("error.row.missing")
        _check_unique(s, name, dep_id)
        old, dep.name = dep.name, name
        return old


def delete_department(ws: Workspace, dep_id: int) -> row_snapshots.Snapshot:
    with ws.write(changes.DEPARTMENT_USES) as s:
        snap = row_snapshots.take(s, "departments", dep_id)
        s.delete(s.get(Department, dep_id))
        return snap


def add_person(ws: Workspace, name: str, department: str | None = None) -> int:
    name = v.clean_text(_PERSON, name)
    with ws.write(ChangeArea.ORG) as s:
        dep = s.scalar(select(Department).where(Department.name == department)) if department else None
        person = Person(name=name, department=dep)
        s.add(person)
        s.flush()
        return person.id


def restore(ws: Workspace, snap: row_snapshots.Snapshot) -> None:
    with ws.write(changes.DEPARTMENT_USES) as s:
        row_snapshots.restore(s, snap)


_PERSON_FIELDS = {
    "name": _PERSON,
    "title": FieldSpec("title", "field.person.title", Kind.TEXT),
    "phone": FieldSpec("phone", "field.member.phone", Kind.TEXT),
    "email": FieldSpec("email", "field.member.email", Kind.TEXT),
    "chat": FieldSpec("chat", "field.member.chat", Kind.TEXT),
}


def set_person_field(ws: Workspace, person_id: int, key: str, value: object) -> object:
    """Change one field of a person (``department`` by name); returns the old value."""
    with ws.write(ChangeArea.ORG, ChangeArea.TEAM, ChangeArea.TASKS) as s:
        person = s.get(Person, person_id)
        if person is None:
            raise ValidationError("error.row.missing")
        if key == "department":
            old = person.department.name if person.department else None
            name = "" if value is None else str(value).strip()
            dep = s.scalar(select(Department).where(Department.name == name)) if name else None
            if name and dep is None:
                raise ValidationError("error.value.unknown_department", value=name)
            person.department = dep
            return old
        old = getattr(person, key)
        setattr(person, key, clean_scalar(_PERSON_FIELDS[key], value))
        return old


def delete_person(ws: Workspace, person_id: int) -> row_snapshots.Snapshot:
    with ws.write(ChangeArea.ORG, ChangeArea.TEAM, ChangeArea.TASKS, ChangeArea.RACI) as s:
        snap = row_snapshots.take(s, "people", person_id)
        s.delete(s.get(Person, person_id))
        return snap


def move_department(ws: Workspace, dep_id: int, step: int) -> None:
    with ws.write(ChangeArea.ORG) as s:
        deps = list(s.scalars(select(Department).order_by(Department.position, Department.id)))
        i = next(i for i, d in enumerate(deps) if d.id == dep_id)
        j = max(0, min(len(deps) - 1, i + step))
        deps.insert(j, deps.pop(i))
        for pos, d in enumerate(deps, start=1):
            d.position = pos
