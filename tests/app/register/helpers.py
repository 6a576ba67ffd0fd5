"""Shared set-up of the register's tests: the demo's first initiative, its people by name."""

from __future__ import annotations

from sqlalchemy import select

from app.store.models import Initiative, Person, Task
from app.store.workspace import Workspace


def first_initiative(ws: Workspace) -> int:
    with ws.read() as s:
        return int(s.scalars(select(Initiative.id).order_by(Initiative.position,
                                                            Initiative.id)).first())


def person_id(ws: Workspace, name: str) -> int:
    with ws.read() as s:
        return int(s.scalar(select(Person.id).where(Person.name == name)))


def task_count(ws: Workspace) -> int:
    with ws.read() as s:
        return len(s.scalars(select(Task.id)).all())
