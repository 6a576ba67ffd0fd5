"""Form 4: tasks of the optimisation plan, with predecessors and the derived variance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.forms import field_rules, specs
from app.forms.rows.base import FormRows, clean_scalar, department_by_name
from app.store.changes import ChangeArea
from app.store.models import Measure, Person, Task, TaskDependency

# What a new task starts with before its values are written; every other column takes the
# default the model declares.
_NEW_TASK: dict[str, Any] = {"name": "", "status": "not_started", "percent": 0}
_NEW_COLUMNS: dict[str, Any] = {
    **{c.key: c.default.arg if c.default is not None else None  # type: ignore[attr-defined]
       for c in Task.__table__.columns if not c.primary_key},
    **_NEW_TASK,
}
_KEYS = frozenset(specs.TRACKING.keys)
# The column a reference field is stored in.
_ID_COLUMN = {"department": "department_id", "owner": "owner_id", "measure": "measure_id"}


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
    spec = specs.TRACKING
    model = Task
    areas = (ChangeArea.TASKS,)
    plain = frozenset({"name", "planned_start", "planned_finish", "actual_start",
                       "actual_finish", "percent", "status", "milestone", "issue",
                       "countermeasure", "resources"})

    def prepare(self, session: Session, initiative_id: int, objs: list[Any],
                today: dt.date | None) -> Any:
        from app.schedule.loader import connection_of  # the schedule imports the forms
        from app.schedule.variance import basis_in

        return basis_in(connection_of(session), initiative_id, today)

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
            if extra is None:  # a single value read outside a table: today's basis
                extra = self.prepare(session, obj.initiative_id, [], None)
            return extra.variance(obj.id, obj.planned_finish, obj.actual_finish)
        if key in ("baseline_start", "baseline_finish"):
            if extra is None:
                extra = self.prepare(session, obj.initiative_id, [], None)
            saved = extra.saved(obj.id)
            if saved is None:
                return None
            return saved.start if key == "baseline_start" else saved.finish
        return getattr(obj, key)

    def check_rules(self, session: Session, obj: Task, keys: tuple[str, ...]) -> None:
        if "planned_start" in keys or "planned_finish" in keys:
            field_rules.check_planned_dates(obj.planned_start, obj.planned_finish)
        if "predecessors" in keys:
            field_rules.check_predecessors(session, obj.initiative_id, obj.id,
                                           [link.predecessor_id for link in obj.predecessor_links])

    def write_special(self, session: Session, obj: Task, key: str, value: object) -> None:
        if key == "department":
            obj.department = department_by_name(session, value)
        elif key == "owner":
            obj.owner = self._person(session, value)
        elif key == "measure":
            obj.measure = self._measure(session, obj.initiative_id, value)
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
    def _measure(session: Session, initiative_id: int, value: object) -> Measure | None:
        if value in (None, ""):
            return None
        measure = session.get(Measure, int(value)) if isinstance(value, int) else None
        if measure is None or measure.initiative_id != initiative_id:
            raise ValidationError("error.value.unknown_measure", value=value)
        return measure

    def _set_predecessors(self, session: Session, task: Task, value: object) -> None:
        if isinstance(value, str):
            ids = session.scalars(select(Task.id).where(Task.initiative_id == task.initiative_id)
                                  .order_by(Task.position, Task.id))
            links = parse_predecessors(value, {i + 1: tid for i, tid in enumerate(ids)})
        else:
            links = [(int(a), int(b)) for a, b in (value or [])]  # type: ignore[union-attr]

        def in_initiative(pred_id: int) -> bool:
            pred = session.get(Task, pred_id)
            return pred is not None and pred.initiative_id == task.initiative_id

        seen = self.checked_links(task.id, links, in_initiative)
        task.predecessor_links = [TaskDependency(task_id=task.id, predecessor_id=p, lag_days=lag)
                                  for p, lag in seen.items()]

    @staticmethod
    def checked_links(task_id: int, links: Iterable[tuple[int, int]],
                      in_initiative: Callable[[int], bool]) -> dict[int, int]:
        """Task ``task_id``'s predecessor links (id → lag; a repeated id keeps its last lag),
        refused when a link points at the task itself, at a task of another initiative or
        nowhere (``in_initiative`` says), or has a lag of more than ten years."""
        seen: dict[int, int] = {}
        for pred_id, lag in links:
            if pred_id == task_id:
                raise ValidationError("error.value.self_predecessor")
            if not in_initiative(pred_id):
                raise ValidationError("error.value.unknown_task", value=pred_id)
            if abs(lag) > 3650:
                raise ValidationError("error.value.number", field="lag", value=lag)
            seen[pred_id] = lag
        return seen

    def new_columns(self, session: Session, initiative_id: int, values: dict[str, Any],
                    checked: dict[tuple[str, object], int | None] | None = None) -> dict[str, Any]:
        """Every column of a new task holding ``values``, each checked as ``write`` checks it
        (same functions, same messages, the first bad value in ``values``' order refused), for
        an import that inserts thousands of tasks in one statement instead of building and
        flushing an ORM object for each. Predecessors are links, not columns: check them with
        ``checked_links`` once the tasks have ids.

        ``checked`` remembers references already found (field, value → id) across the calls of
        one transaction: thousands of tasks name the same few people, measures, departments."""
        columns = dict(_NEW_COLUMNS, initiative_id=initiative_id)
        for key, value in values.items():
            if key not in _KEYS or key == "predecessors":
                continue
            spec = self.writable(key)
            if key in self.plain:
                columns[key] = clean_scalar(spec, value)
                continue
            if checked is not None and (key, value) in checked:
                columns[_ID_COLUMN[key]] = checked[key, value]
                continue
            if key == "department":
                found: Any = department_by_name(session, value)
            elif key == "owner":
                found = self._person(session, value)
            elif key == "measure":
                found = self._measure(session, initiative_id, value)
            else:
                raise KeyError(key)
            columns[_ID_COLUMN[key]] = found.id if found is not None else None
            if checked is not None:
                checked[key, value] = columns[_ID_COLUMN[key]]
        return columns

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Task:
        # A new task has no links: saying so spares a query when they are set after a flush.
        return Task(initiative_id=initiative_id, predecessor_links=[], **_NEW_TASK)

    def create(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Any:
        # Predecessors need the new task's id, so they are linked after the first flush.
        later = {k: values[k] for k in ("predecessors",) if k in values}
        rest = {k: val for k, val in values.items() if k not in later}
        obj = super().create(session, initiative_id, rest)
        for key, value in later.items():
            self.write(session, obj, key, value)
        session.flush()
        return obj
