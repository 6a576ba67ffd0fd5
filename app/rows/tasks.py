"""Form 4: tasks of the optimisation plan, with predecessors and the derived variance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import derived, forms
from app.errors import ValidationError
from app.models import Measure, Person, Task, TaskDependency
from app.rows.base import FormRows, department_by_name


def parse_predecessors(text: str, number_to_id: dict[int, int]) -> list[tuple[int, int]]:
    """Read "3, 5+2, 7-1" (row numbers, optional lag in days) into (task id, lag) pairs."""
    result: list[tuple[int, int]] = []
    for part in text.replace("，", ",").replace("、", ",").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        lag = 0
        for sign in ("+", "-"):
            head, sep, tail = part[1:].partition(sign)
            if sep:
                part, lag = part[0] + head, int(sign + tail.strip().rstrip("dD天"))
                break
        try:
            number = int(part.strip().lstrip("#"))
        except ValueError:
            raise ValidationError("error.value.unknown_task", value=part) from None
        if number not in number_to_id:
            raise ValidationError("error.value.unknown_task", value=number)
        result.append((number_to_id[number], lag))
    return result


class TaskRows(FormRows):
    spec = forms.TRACKING
    model = Task
    areas = ("tasks",)
    plain = frozenset({"name", "planned_start", "planned_finish", "actual_start",
                       "actual_finish", "percent", "status", "milestone", "issue",
                       "countermeasure", "resources"})

    def prepare(self, session: Session, initiative_id: int, objs: list[Any],
                today: dt.date | None) -> dt.date:
        return today or dt.date.today()

    def read(self, session: Session, obj: Task, key: str, extra: Any) -> Any:
        if key == "measure":
            return obj.measure_id
        if key == "department":
            return obj.department.name if obj.department else None
        if key == "owner":
            return obj.owner_id
        if key == "predecessors":
            return [(link.predecessor_id, link.lag_days) for link in
                    sorted(obj.predecessor_links, key=lambda lk: lk.predecessor_id)]
        if key == "variance":
            return derived.variance_days(obj.planned_finish, obj.actual_finish, extra)
        return getattr(obj, key)

    def write_special(self, session: Session, obj: Task, key: str, value: object) -> None:
        if key == "department":
            obj.department = department_by_name(session, value)
        elif key == "owner":
            obj.owner = self._person(session, value)
        elif key == "measure":
            obj.measure = self._measure(session, obj, value)
        elif key == "predecessors":
            self._set_predecessors(session, obj, value)
        else:
            raise KeyError(key)

    @staticmethod
    def _person(session: Session, value: object) -> Person | None:
        if value in (None, ""):
            return None
        person = session.get(Person, int(value)) if isinstance(value, int) else None
        if person is None:
            raise ValidationError("error.value.unknown_person", value=value)
        return person

    @staticmethod
    def _measure(session: Session, task: Task, value: object) -> Measure | None:
        if value in (None, ""):
            return None
        measure = session.get(Measure, int(value)) if isinstance(value, int) else None
        if measure is None or measure.initiative_id != task.initiative_id:
            raise ValidationError("error.value.unknown_measure", value=value)
        return measure

    def _set_predecessors(self, session: Session, task: Task, value: object) -> None:
        if isinstance(value, str):
            ids = session.scalars(select(Task.id).where(Task.initiative_id == task.initiative_id)
                                  .order_by(Task.position, Task.id))
            links = parse_predecessors(value, {i + 1: tid for i, tid in enumerate(ids)})
        else:
            links = [(int(a), int(b)) for a, b in (value or [])]  # type: ignore[union-attr]
        seen: dict[int, int] = {}
        for pred_id, lag in links:
            if pred_id == task.id:
                raise ValidationError("error.value.self_predecessor")
            pred = session.get(Task, pred_id)
            if pred is None or pred.initiative_id != task.initiative_id:
                raise ValidationError("error.value.unknown_task", value=pred_id)
            if abs(lag) > 3650:
                raise ValidationError("error.value.number", field="lag", value=lag)
            seen[pred_id] = lag
        task.predecessor_links = [TaskDependency(task_id=task.id, predecessor_id=p, lag_days=lag)
                                  for p, lag in seen.items()]

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Task:
        # A new task has no links: saying so spares a query when they are set after a flush.
        return Task(initiative_id=initiative_id, name="", status="not_started", percent=0,
                    predecessor_links=[])

    def create(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Any:
        # Predecessors need the new task's id, so they are linked after the first flush.
        later = {k: values[k] for k in ("predecessors",) if k in values}
        rest = {k: val for k, val in values.items() if k not in later}
        obj = super().create(session, initiative_id, rest)
        for key, value in later.items():
            self.write(session, obj, key, value)
        session.flush()
        return obj
