"""The one way the register changes: each function is one user action, commits one
transaction announcing ``ChangeArea.REGISTER`` (and ``TASKS`` where tasks change), and
returns what its undo needs (the old value, the new id, the snapshots of what it deleted).
Refusals are ``UserError``s, and a refused action stores nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.errors import Label, UserError, ValidationError
from app.i18n import tr
from app.register import fields as fl
from app.register import kinds as k
from app.register.kinds import Kind
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
from app.store import row_snapshots
from app.store.changes import ChangeArea
from app.store.models import Initiative, Person, Task
from app.store.workspace import Workspace

REGISTER, TASKS = ChangeArea.REGISTER, ChangeArea.TASKS


def now_minute() -> dt.datetime:
    from app.register import clocks

    return clocks.now()


def get_item(s: Session, item_id: int) -> RegisterItem:
    item = s.get(RegisterItem, item_id)
    if item is None:
        raise UserError("error.register.missing")
    return item


# -- items ---------------------------------------------------------------------------------
def next_number(s: Session, initiative_id: int, kind: str) -> int:
    last = s.scalar(select(func.max(RegisterItem.number)).where(
        RegisterItem.initiative_id == initiative_id, RegisterItem.kind == kind))
    return int(last or 0) + 1


def defaults(kind: Kind, now: dt.datetime, given: dict[str, Any] | None = None) -> dict[str, Any]:
    """A new item's values: the kind's defaults under ``given``. A meeting lasts an hour
    from its start, given or not."""
    values: dict[str, Any] = {"title": tr(f"register.new_title.{kind.value}"),
                              "status": k.STATUSES[kind][0], "opened_at": now}
    given = given or {}
    if kind is Kind.MEETING:
        start = given.get("opened_at", now)
        if isinstance(start, str):
            start = fl.parse_datetime(fl.FIELDS["opened_at"], start)
        if isinstance(start, dt.datetime):
            values["ends_at"] = start + dt.timedelta(hours=1)
        values["meeting_type"] = "weekly"
    elif kind is Kind.PROBLEM:
        values["urgency"] = "routine"
    elif kind is Kind.RESOURCE:
        values["resource_kind"] = "people"
    return values


def create_item(ws: Workspace, initiative_id: int, kind: str,
                values: dict[str, Any] | None = None, *, number: int | None = None,
                now: dt.datetime | None = None) -> int:
    """A new item of ``kind`` with the kind's defaults (a title to overwrite, the first
    status, opened now, a weekly meeting of an hour, a routine problem) under ``values``,
    numbered next in its kind unless ``number`` is given (an import keeps its numbers)."""
    try:
        kind_ = Kind(kind)
    except ValueError:
        raise UserError("error.register.kind", kind=kind) from None
    with ws.write(REGISTER) as s:
        if s.get(Initiative, initiative_id) is None:
            raise UserError("error.register.no_initiative", id=initiative_id)
        return _create(s, initiative_id, kind_, values or {}, number, now or now_minute())


def _create(s: Session, initiative_id: int, kind: Kind, values: dict[str, Any],
            number: int | None, now: dt.datetime) -> int:
    if number is None:
        number = next_number(s, initiative_id, kind.value)
    else:
        _check_number_free(s, initiative_id, kind.value, number, None)
    item = RegisterItem(initiative_id=initiative_id, kind=kind.value, number=number)
    s.add(item)
    s.flush()
    merged = {**defaults(kind, now, values), **values}
    for key, value in merged.items():
        _write(s, item, key, value)
    _check_item(s, item, tuple(merged))
    s.flush()
    return int(item.id)


def _check_number_free(s: Session, initiative_id: int, kind: str, number: int,
                       item_id: int | None) -> None:
    if number <= 0:
        raise ValidationError("error.register.bad_number", value=number)
    taken = s.scalar(select(RegisterItem.id).where(
        RegisterItem.initiative_id == initiative_id, RegisterItem.kind == kind,
        RegisterItem.number == number))
    if taken is not None and taken != item_id:
        raise ValidationError("error.register.number_taken", number=k.number_text(kind, number))


def set_number(ws: Workspace, item_id: int, number: int) -> int:
    """Renumber an item within its kind; returns the old number. A number in use is refused."""
    with ws.write(REGISTER, rows={REGISTER: (item_id,)}) as s:
        item = get_item(s, item_id)
        _check_number_free(s, item.initiative_id, item.kind, number, item.id)
        old = item.number
        item.number = number
        return old


def _read(s: Session, item: RegisterItem, key: str) -> Any:
    f = fl.field_of(item.kind, key)
    if f.type == "departments":
        return list(s.scalars(select(RegisterDepartment.department_id).where(
            RegisterDepartment.item_id == item.id, RegisterDepartment.role == f.role)
            .order_by(RegisterDepartment.department_id)))
    return getattr(item, f.attr)


def _write(s: Session, item: RegisterItem, key: str, value: object) -> None:
    f = fl.field_of(item.kind, key)
    clean = _meeting_link(s, item, value) if f.type == "meeting" else \
        fl.clean(s, f, item.kind, item.initiative_id, value)
    if f.type == "departments":
        s.execute(delete(RegisterDepartment).where(RegisterDepartment.item_id == item.id,
                                                   RegisterDepartment.role == f.role))
        for dep in clean:  # type: ignore[union-attr]
            s.add(RegisterDepartment(item_id=item.id, role=f.role, department_id=dep))
        s.flush()
        return
    setattr(item, f.attr, clean)


def _meeting_link(s: Session, item: RegisterItem, value: object) -> int | None:
    """A meeting of the item's initiative, by id or by number (``HY-003``)."""
    if value is None or value == "":
        return None
    found: RegisterItem | None = None
    parsed = k.parse_number(value) if isinstance(value, str) else None
    if parsed is not None:
        found = s.scalar(select(RegisterItem).where(
            RegisterItem.initiative_id == item.initiative_id,
            RegisterItem.kind == parsed[0].value, RegisterItem.number == parsed[1]))
    elif isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        found = s.get(RegisterItem, int(value))
    if found is None or found.kind != Kind.MEETING or found.initiative_id != item.initiative_id:
        raise ValidationError("error.register.not_meeting", value=value)
    return int(found.id)


def _check_item(s: Session, item: RegisterItem, keys: Iterable[str]) -> None:
    """The rules between an item's fields that every writer keeps."""
    keys = set(keys)
    if keys & {"opened_at", "ends_at"} and item.kind == Kind.MEETING:
        if item.opened_at and item.ends_at and item.ends_at < item.opened_at:
            raise ValidationError("error.register.ends_before_start",
                                  start=_minute(item.opened_at), end=_minute(item.ends_at))
    if keys & {"period_from", "period_to"} and item.period_from and item.period_to \
            and item.period_to < item.period_from:
        raise ValidationError("error.register.period_backwards",
                              start=item.period_from, end=item.period_to)
    if keys & {"approved_by", "second_approver"} and item.kind == Kind.CHANGE \
            and item.approved_by_id is not None and item.approved_by_id == item.second_approver_id:
        raise ValidationError("error.register.same_approver")


def _minute(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def get_value(ws: Workspace, item_id: int, key: str) -> Any:
    with ws.read() as s:
        return _read(s, get_item(s, item_id), key)


def set_field(ws: Workspace, item_id: int, key: str, value: object) -> Any:
    """Store one field; returns the value it had, for undo. A value the field does not
    take, or one that breaks a rule between the item's fields, stores nothing."""
    return _store(ws, item_id, key, value, rules=True)


def restore_field(ws: Workspace, item_id: int, key: str, value: object) -> Any:
    """Put back a value the field held (undo), without asking the rules between fields."""
    return _store(ws, item_id, key, value, rules=False)


def _store(ws: Workspace, item_id: int, key: str, value: object, *, rules: bool) -> Any:
    with ws.write(REGISTER, rows={REGISTER: (item_id,)}) as s:
        item = get_item(s, item_id)
        old = _read(s, item, key)
        _write(s, item, key, value)
        if rules:
            _check_item(s, item, (key,))
        return old


def delete_items(ws: Workspace, item_ids: Iterable[int]) -> list[row_snapshots.Snapshot]:
    """Delete items with their rows; the snapshots put them back exactly (``restore_items``)."""
    ids = list(item_ids)
    with ws.write(REGISTER) as s:
        for item_id in ids:
            get_item(s, item_id)
        snaps = [row_snapshots.take(s, "register_items", item_id) for item_id in ids]
        for item_id in ids:
            s.delete(get_item(s, item_id))
    return snaps


def restore_items(ws: Workspace, snaps: list[row_snapshots.Snapshot]) -> None:
    with ws.write(REGISTER) as s:
        for snap in snaps:
            row_snapshots.restore(s, snap)


# -- the rows of an item: attendees, agenda points, outcomes, asks --------------------------
CHILDREN: dict[str, Any] = {
    "attendee": RegisterAttendee, "agenda": RegisterAgendaItem,
    "outcome": RegisterOutcome, "ask": RegisterAsk,
}
CHILD_KINDS: dict[str, tuple[Kind, ...]] = {
    "attendee": (Kind.MEETING,), "agenda": (Kind.MEETING,), "outcome": (Kind.MEETING,),
    "ask": (Kind.COLLABORATION,),
}
# Each child's fields and their types (as ``fields.Field.type``).
CHILD_FIELDS: dict[str, dict[str, str]] = {
    "attendee": {"person": "person", "present": "bool", "confirmed": "bool",
                 "confirmed_on": "date"},
    "agenda": {"title": "text", "presenter": "person", "minutes_planned": "int",
               "discussion": "longtext", "disagreements": "longtext"},
    "outcome": {"kind": "choice", "text": "longtext", "owner": "person", "due": "date",
                "done": "bool", "agenda": "agenda"},
    "ask": {"department": "department", "need": "longtext", "by_date": "date",
            "owner": "person"},
}
_CHILD_COLUMN = {"person": "person_id", "presenter": "presenter_id", "owner": "owner_id",
                 "department": "department_id", "agenda": "agenda_id"}


def _child(s: Session, child: str, child_id: int) -> Any:
    model = CHILDREN.get(child)
    obj = s.get(model, child_id) if model is not None else None
    if obj is None:
        raise UserError("error.register.missing")
    return obj


def _child_write(s: Session, obj: Any, child: str, key: str, value: object) -> None:
    types = CHILD_FIELDS[child]
    if key not in types:
        raise ValidationError("error.register.no_field", field=key,
                              kind=Label(f"register.child.{child}"))
    t = types[key]
    f = fl.Field(f"{child}.{key}", t, choices=k.OUTCOME_KINDS, choice="outcome_kind")
    if t == "agenda":
        clean: object = None
        if value not in (None, ""):
            agenda = s.get(RegisterAgendaItem, int(value))  # type: ignore[call-overload]
            if agenda is None or agenda.item_id != obj.item_id:
                raise ValidationError("error.register.unknown_agenda", value=value)
            clean = agenda.id
    elif t == "choice":
        clean = fl.clean_choice(f, Kind.MEETING.value, value) or "action"
    else:
        clean = fl.clean(s, f, Kind.MEETING.value, 0, value)
    setattr(obj, _CHILD_COLUMN.get(key, key), clean)


def _child_read(obj: Any, key: str) -> Any:
    return getattr(obj, _CHILD_COLUMN.get(key, key))


def add_child(ws: Workspace, item_id: int, child: str, values: dict[str, Any] | None = None,
              index: int | None = None) -> int:
    """Add an attendee, agenda point, outcome or ask to an item (at ``index`` in its list,
    else at the end); returns its id."""
    model = CHILDREN.get(child)
    if model is None:
        raise UserError("error.register.child", child=child)
    with ws.write(REGISTER, rows={REGISTER: (item_id,)}) as s:
        item = get_item(s, item_id)
        if Kind(item.kind) not in CHILD_KINDS[child]:
            raise UserError("error.register.child", child=child)
        obj = model(item_id=item_id)
        siblings = list(s.scalars(select(model).where(model.item_id == item_id)
                                  .order_by(model.position, model.id)))
        s.add(obj)
        for key, value in (values or {}).items():
            _child_write(s, obj, child, key, value)
        s.flush()
        at = len(siblings) if index is None else max(0, min(index, len(siblings)))
        siblings.insert(at, obj)
        for pos, sib in enumerate(siblings, start=1):
            sib.position = pos
        return int(obj.id)


def set_child_field(ws: Workspace, child: str, child_id: int, key: str, value: object) -> Any:
    """Store one field of an item's row; returns the old value, for undo."""
    with ws.write(REGISTER) as s:
        obj = _child(s, child, child_id)
        old = _child_read(obj, key) if key in CHILD_FIELDS[child] else None
        _child_write(s, obj, child, key, value)
        return old


def remove_child(ws: Workspace, child: str, child_id: int) -> row_snapshots.Snapshot:
    """Remove a row of an item; the snapshot puts it back (``restore_child``)."""
    with ws.write(REGISTER) as s:
        obj = _child(s, child, child_id)
        snap = row_snapshots.take(s, obj.__tablename__, child_id)
        s.delete(obj)
    return snap


def restore_child(ws: Workspace, snap: row_snapshots.Snapshot) -> None:
    with ws.write(REGISTER) as s:
        row_snapshots.restore(s, snap)


def remove_children(ws: Workspace, child: str, ids: Iterable[int]) -> list[row_snapshots.Snapshot]:
    """Remove several rows of items in one transaction (undo of a proposed agenda);
    ``restore_children`` puts them back."""
    with ws.write(REGISTER) as s:
        objs = [_child(s, child, i) for i in ids]
        snaps = [row_snapshots.take(s, o.__tablename__, o.id) for o in objs]
        for o in objs:
            s.delete(o)
    return snaps


def restore_children(ws: Workspace, snaps: list[row_snapshots.Snapshot]) -> None:
    with ws.write(REGISTER) as s:
        for snap in snaps:
            row_snapshots.restore(s, snap)


def move_child(ws: Workspace, child: str, child_id: int, new_index: int) -> int:
    """Move a row within its item's list; returns its old index."""
    with ws.write(REGISTER) as s:
        obj = _child(s, child, child_id)
        model = CHILDREN[child]
        rows = list(s.scalars(select(model).where(model.item_id == obj.item_id)
                              .order_by(model.position, model.id)))
        old = rows.index(obj)
        rows.remove(obj)
        rows.insert(max(0, min(new_index, len(rows))), obj)
        for pos, row in enumerate(rows, start=1):
            row.position = pos
        return old


# -- links ---------------------------------------------------------------------------------
def link_task(ws: Workspace, item_id: int, task_id: int) -> bool:
    """Link an item to a task of its initiative; False when already linked."""
    with ws.write(REGISTER, rows={REGISTER: (item_id,)}) as s:
        item = get_item(s, item_id)
        fl.task(s, item.initiative_id, task_id)
        if s.get(RegisterTaskLink, (item_id, task_id)) is not None:
            return False
        s.add(RegisterTaskLink(item_id=item_id, task_id=task_id))
        return True


def unlink_task(ws: Workspace, item_id: int, task_id: int) -> bool:
    with ws.write(REGISTER, rows={REGISTER: (item_id,)}) as s:
        link = s.get(RegisterTaskLink, (item_id, task_id))
        if link is None:
            return False
        s.delete(link)
        return True


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def link_items(ws: Workspace, item_id: int, other_id: int) -> bool:
    """Link two items of one initiative; False when already linked."""
    if item_id == other_id:
        raise UserError("error.register.self_link")
    with ws.write(REGISTER, rows={REGISTER: (item_id, other_id)}) as s:
        a, b = get_item(s, item_id), get_item(s, other_id)
        if a.initiative_id != b.initiative_id:
            raise UserError("error.register.other_initiative")
        if s.get(RegisterItemLink, _pair(item_id, other_id)) is not None:
            return False
        lo, hi = _pair(item_id, other_id)
        s.add(RegisterItemLink(item_id=lo, other_id=hi))
        return True


def unlink_items(ws: Workspace, item_id: int, other_id: int) -> bool:
    with ws.write(REGISTER, rows={REGISTER: (item_id, other_id)}) as s:
        link = s.get(RegisterItemLink, _pair(item_id, other_id))
        if link is None:
            return False
        s.delete(link)
        return True


# -- steps between the register and the plan ------------------------------------------------
def action_to_task(ws: Workspace, outcome_id: int) -> int:
    """Turn an action item into a Form 4 task (name, owner, the owner's department, due as
    planned finish, the meeting's day as planned start); the outcome keeps the task's id,
    which is how the task remembers its meeting, and the meeting is linked to the task.
    Undo with ``remove_action_task``."""
    from app.forms.rows import access

    with ws.write(REGISTER, TASKS) as s:
        outcome = _child(s, "outcome", outcome_id)
        if outcome.kind != "action":
            raise UserError("error.register.not_action")
        if outcome.task_id is not None and s.get(Task, outcome.task_id) is not None:
            raise UserError("error.register.already_task")
        meeting = get_item(s, outcome.item_id)
        acc = access("tracking")
        values: dict[str, Any] = {"name": outcome.text.strip().splitlines()[0][:300]
                                  if outcome.text.strip() else meeting.title}
        if outcome.owner_id is not None:
            values["owner"] = outcome.owner_id
            owner = s.get(Person, outcome.owner_id)
            if owner is not None and owner.department is not None:
                values["department"] = owner.department.name
        start = meeting.opened_at.date() if meeting.opened_at else None
        if outcome.due is not None:
            values["planned_finish"] = outcome.due
            values["planned_start"] = min(start, outcome.due) if start else outcome.due
        elif start is not None:
            values["planned_start"] = start
        task = acc.create(s, meeting.initiative_id, values)
        outcome.task_id = task.id
        s.add(RegisterTaskLink(item_id=meeting.id, task_id=task.id))
        s.flush()
        return int(task.id)


def remove_action_task(ws: Workspace, outcome_id: int) -> row_snapshots.Snapshot:
    """Undo ``action_to_task``: delete the task it made; the snapshot (with the outcome's
    pointer and the meeting's link) puts it back (``restore_action_task``)."""
    with ws.write(REGISTER, TASKS, ChangeArea.RACI) as s:
        outcome = _child(s, "outcome", outcome_id)
        task = s.get(Task, outcome.task_id) if outcome.task_id is not None else None
        if task is None:
            raise UserError("error.register.no_task")
        snap = row_snapshots.take(s, "tasks", task.id)
        s.delete(task)
    return snap


def restore_action_task(ws: Workspace, snap: row_snapshots.Snapshot) -> None:
    with ws.write(REGISTER, TASKS, ChangeArea.RACI) as s:
        row_snapshots.restore(s, snap)


def create_risk_from_task(ws: Workspace, task_id: int, now: dt.datetime | None = None) -> int:
    """A risk notice for a task the schedule marks late or due soon, filled in from the
    schedule: the task, its owner and department, planned and forecast finish, working days
    late; the delay first seen now, so the notice is due 24 hours from now."""
    from app.schedule import plan_view
    from app.schedule.warnings import working_days_late

    now = now or now_minute()
    with ws.read() as s:
        task = s.get(Task, task_id)
        if task is None:
            raise UserError("error.value.unknown_task", value=task_id)
        initiative_id, name = task.initiative_id, task.name
    snap = plan_view.take(ws, initiative_id, now.date())
    data = snap.plan.by_id.get(task_id)
    timing = snap.timing(task_id)
    values: dict[str, Any] = {
        "title": tr("register.risk_title", name=name.strip() or f"#{task_id}"),
        "task": task_id, "opened_at": now,
    }
    if data is not None:
        values.update(owner=data.owner_id, department=data.department_id,
                      planned_finish=data.due,
                      days_late=working_days_late(data, timing, snap.calendar, now.date()))
        # Unfinished work finishes no earlier than today (or the next working day).
        earliest = snap.calendar.date_at(snap.calendar.index(now.date()))
        planned = timing.early_finish if timing is not None else data.due
        values["forecast_finish"] = max(planned, earliest) if planned else earliest
    with ws.write(REGISTER) as s:
        item_id = _create(s, initiative_id, Kind.RISK, values, None, now)
        s.add(RegisterTaskLink(item_id=item_id, task_id=task_id))
        return item_id
